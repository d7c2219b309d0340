# title: Les photos
# theme: Droit à l'image, consentement, patients reconnaissables : ce que montrent les photos d'une fin de nuit
# duration: 12
# group: Le secret et la vie privée des patients
# order: 3
# statut: stagiaire
# contact: nadia; Nadia Lemaire; Infirmière de nuit en gériatrie, douze ans de service
# contact: theo; Théo Garnier; Aide-soignant de nuit en gériatrie
# contact: helene; Hélène Rouvier; Cadre de santé du service de gériatrie
# contact: agnes; Agnès Hoarau; Infirmière référente plaies et cicatrisation du centre hospitalier de Valmont
# contact: formatrice; Claire Fontaine; Formatrice référente de stage, IFSI de Valmont
# contact: lucas; Lucas Renaud; Colocataire de Camille, sans lien avec l'hôpital
# contact: sarah; Sarah Benoît; Amie de Camille, abonnée à ses publications sur Cercle
# contact: jeanmarc; Jean-Marc Tissier; Infirmier libéral, animateur du groupe Cercle « Plaies et cicatrisation entre soignants »
# contact: julien; Julien Marchal; Infirmier libéral, neveu du patient de la chambre 9
# contact: bruno; Bruno Joubert; Fils du patient de la chambre 12
# contact: maelle; Manon Pernin; Petite-fille et tutrice de la patiente de la chambre 14
# contact: ifsi; Direction de l'IFSI de Valmont; Institut de formation en soins infirmiers de Valmont
# contact: drh; Direction des ressources humaines; Centre hospitalier de Valmont, au nom du directeur
# contact: ordre; Ordre des infirmiers; Conseil départemental de l'Ordre des infirmiers
# thread: equipe; chat; Nuit gériatrie; moi, nadia, theo
# thread: dm-theo; chat; Théo Garnier; moi, theo
# thread: dm-nadia; chat; Nadia Lemaire; moi, nadia
# thread: dm-helene; chat; Hélène Rouvier; moi, helene
# thread: dm-agnes; chat; Agnès Hoarau; moi, agnes
# thread: dm-claire; chat; Claire Fontaine; moi, formatrice
# thread: dm-lucas; chat; Lucas Renaud; moi, lucas
# thread: dm-sarah; chat; Sarah Benoît; moi, sarah
# thread: dm-maelle; social; Manon Pernin; moi, maelle
# thread: dm-bruno; social; Bruno Joubert; moi, bruno
# thread: dm-julien; social; Julien Marchal; moi, julien

INCLUDE commun.ink

// Les variables de détail ne vivent que le temps d'en avoir besoin ; ce qui compte pour la fin
// est résumé dans grav et motif (voir aggraver), pour que les chemins se rejoignent.
// La plaie de M. Marchal, jusqu'à d6 : 0 pas de photo, 1 tablette du service avec son accord, 2 téléphone personnel
// (avec ou sans son accord : grav et motif le disent, voir d6)
VAR plaie = 0
// La photo de Mme Pernin, jusqu'au lundi : 1 a ri ou a attendu, 2 a demandé la suppression, 3 attend la relève, 4 l'a transférée,
// 5 a écrit à la formatrice référente, 6 a écrit à la cadre (5 et 6 : étudiant·e seulement, ramenés à 2 à la relève)
VAR pernin = 0
// Étudiant·e qui a fait supprimer la photo en passant par la formatrice ou la cadre : la tutrice le prend mal (lu par les fins)
VAR froid = false
// Le selfie, jusqu'à d5 : 0 refusé, 1 couloir (patient visible), 2 sous le panneau, 3 salle de pause (juste avant d5, ramené à 1 ou 2)
VAR selfie = 0
// grav : 0 rien, 2 zone grise, 3 patient reconnaissable, 4 déni, 5 « amis », 6 public, 7 patiente endormie transférée
VAR grav = 0
// motif (grav 2) : 1 plaie sans accord, 2 rire, silence ou identification retirée, 3 « moi uniquement », 5 photo de plaie gardée,
// 7 plaie avec accord sur le téléphone personnel (puis supprimée), 8 la même, envoyée par Bulle
// motif (grav 3) : 1 version floutée, 2 légende sur la 14, 3 « J'aime » sur la publication de Nadia, 4 plaie publiée,
// 5 patiente confirmée à une amie, 6 récit public, 7 plaie prise sans son accord, publiée
VAR motif = 0
VAR inc_pernin = false
VAR inc_joubert = false
VAR inc_marchal = false
VAR implique = false
VAR alerte = false
VAR aveu = false
VAR rappel = false
// La famille qui écrit : 0 aucune, 1 Pernin, 2 Joubert, 3 Marchal
VAR lead = 0
// Fiche de formation : 0 aucune, 1 sans photo, 2 avec la photo recadrée ; 3 et 4 : les mêmes, après avoir proposé de publier
// sur Cercle (Agnès a refusé) (remise à 0 dès qu'aucune fin ni aucun texte ne la lit plus)
VAR fiche = 0
VAR partage = 0
// A nié devant la cadre (gardé seulement quand une autre fin, plus grave, l'emporte sur le déni)
VAR nie = false

-> choisir_role -> debut

=== function aggraver(g, m) ===
{ g > grav:
    ~ grav = g
    ~ motif = m
}

// Ce que devient la photo de plaie prise avec accord sur le téléphone personnel (motif 7) précise le motif,
// sans rien changer d'autre : une photo sans accord (motif 1) ou une faute plus grave l'emporte.
=== function preciser(m) ===
{ grav == 2 && motif == 7:
    ~ motif = m
}

=== debut ===
#open: lock #time: 05:38 #date: dimanche 16 novembre
T'as laissé la lumière du salon allumée 😴 Bonne fin de nuit ! #notif: chat #from: lucas
Centre hospitalier de Valmont, service de gériatrie. Il est 5 h 38 et la nuit n'en finit pas.
{ etudiant():
    Vous êtes Camille, {fem():étudiante|étudiant} en deuxième année à l'IFSI de Valmont, en stage de nuit depuis trois semaines. Nadia Lemaire, infirmière du service, est votre tutrice ; Claire Fontaine, à l'IFSI, votre formatrice référente.
- else:
    Vous êtes Camille, {fem():infirmière|infirmier} au centre hospitalier de Valmont depuis deux ans : {fem():contractuelle|contractuel} d'abord, puis {fem():nommée|nommé} fonctionnaire stagiaire en juin. Votre titularisation est prévue en juin prochain. Cette semaine, vous êtes de nuit en gériatrie.
}
Depuis 21 h : une entrée des urgences, Mme Pernin, 91 ans, chambre 14, désorientée, qui a appelé et pleuré jusqu'à 4 h, et le pansement de M. Marchal, chambre 9, qui a saigné deux fois.
Avec vous cette nuit : Nadia, infirmière, et Théo Garnier, aide-soignant. Une bonne équipe, qui rit beaucoup pour tenir.
Au poste de soins, Nadia se masse la nuque. « Quelle nuit… Mme Pernin m'a demandé quarante fois où était son mari. Il est mort en 1998. »
« À 3 h, elle m'a pris la main et elle a chanté Le Temps des cerises, raconte Théo. Tout entier. Elle se souvenait de chaque couplet, mais pas de mon prénom. » Il sourit. « Elle s'est endormie vers 4 h, enfin. »
{ etudiant():
    Nadia vous tend un café tiède. « Tu as bien géré l'entrée des urgences, Camille. Il nous reste le pansement de la 9 et les bilans de 6 h, et on aura survécu. »
- else:
    Nadia vous tend un café tiède. « Il nous reste le pansement de la 9 et les bilans de 6 h, et on aura survécu. Tu prends la 9 avec Théo ? »
}
-> chambre_9

=== chambre_9 ===
#time: 05:46
Chambre 9. Vous refaites avec Théo le pansement de M. Marchal, 74 ans : un ulcère veineux de la jambe gauche, large comme une main, qui a encore saigné. M. Marchal est réveillé, les yeux cernés. Il n'a presque pas dormi.
« Trente ans dans la marine marchande, et c'est une jambe qui me met à terre, grogne-t-il. Vous voyez l'ancre, là, sur le mollet ? Je me l'étais fait faire à Brest, en 1971. Elle a connu des jours meilleurs. »
Vous retirez l'ancien pansement. Le fond de la plaie est rouge, bourgeonnant ; les berges saignent un peu. C'est mieux qu'il y a dix jours, d'après les transmissions.
« Franchement, elle est impressionnante, cette plaie. Tu devrais la prendre en photo : {etudiant():pour ton portfolio, c'est un cas en or|pour le groupe Plaies sur Cercle, ils adorent ce genre de cas}. » Théo parle à voix basse, pour ne pas réveiller la chambre voisine.
« Faites ce que vous avez à faire, soupire M. Marchal. Moi, je voudrais juste dormir un peu. »
Le service a une tablette pour photographier les plaies : les photos partent directement dans le dossier de soins. Elle est au poste de soins, au bout du couloir, et il faut se connecter. Votre téléphone, lui, est dans votre poche.
#decision: d1-plaie #note: Théo propose de photographier une plaie « pour apprendre ». Est-ce possible ? Avec quel appareil, et avec quel accord ? #expect: Une photo de plaie peut servir le soin si le patient l'accepte et si elle est prise avec l'outil de l'établissement, puis versée au dossier. Photographier un patient dans sa chambre sans son accord, c'est capter son image dans un lieu privé. Pour l'enseignement, le code de déontologie exige seulement que le cas ne permette pas d'identifier le patient ; lui demander son accord, par écrit de préférence, est une bonne pratique. « Faites ce que vous avez à faire » parle du soin : ce n'est pas un accord pour une photo. #refs: cp-226-1, csp-r4312-49, csp-r4312-3, hds-messagerie
+ [Sortir votre téléphone et photographier la plaie tout de suite : il a dit « faites ce que vous avez à faire » #do: photo #act: photo-patient-sans-consentement #score: secret -3, respect -2, posture -2, image -1 #fb: « Faites ce que vous avez à faire » parlait du soin, pas d'une photo : l'accord d'un patient épuisé ne se présume pas, et sa chambre est un lieu privé. S'il l'apprend, c'est à lui de décider s'il porte plainte (jusqu'à 1 an et 45 000 €). Et l'image de sa jambe, avec son bracelet, reste sur votre téléphone personnel, hors du dossier. #refs: cp-226-1, cp-226-6, csp-r4312-3, hds-messagerie #risk: penal; plainte; cp-226-1, cp-226-6; par: Lucien Marchal #risk: stage; entretien avec la tutrice; ri-etablissement, csp-r4312-3 #risk: employeur; entretien avec la cadre; ri-etablissement, csp-r4312-3]
    ~ plaie = 2
    ~ aggraver(2, 1)
    Clic. La jambe, le pansement ouvert, le drap de l'hôpital, et au bord du cadre la main de M. Marchal avec son bracelet d'identification. #shot: ph-plaie-perso
    Théo lève le pouce. M. Marchal a fermé les yeux : il n'a pas vu le téléphone.
    Vous refaites le pansement. « Merci, mon petit, murmure-t-il sans ouvrir les yeux. Vous avez des mains douces. »
    -> groupe_nuit
+ [Lui demander s'il est d'accord, puis photographier avec votre téléphone, en cadrant sur la plaie #do: photo #score: secret -1, respect 1, posture 0, image 0 #fb: L'accord est demandé et le visage reste hors champ : c'est mieux. Mais une photo de plaie est une donnée de santé, et sur votre téléphone personnel elle échappe au dossier comme à toute protection : sauvegardée dans le nuage, perdue, prêtée, elle peut sortir du service sans que vous le vouliez. #refs: hds-messagerie, rgpd-9]
    ~ plaie = 2
    ~ aggraver(2, 7)
    « Monsieur Marchal, je peux photographier la plaie ? On ne verra pas votre visage. »
    Il hausse les épaules. « Si ça peut servir à quelque chose… Tant qu'on ne voit pas ma tête. »
    Clic. Un gros plan de la plaie, bien net. Au bord de l'image, on devine le haut d'un tatouage : une ancre de marine, sur le mollet. #shot: ph-plaie-cadree
    « Elle est belle, au moins ? plaisante M. Marchal. — Elle cicatrise, c'est ce qui compte. » Vous refaites le pansement.
    -> groupe_nuit
+ [Lui expliquer à quoi servirait la photo, demander son accord, et aller chercher la tablette du service #do: action #score: secret 2, respect 2, posture 2, image 1 #fb: Un accord éclairé, l'appareil de l'établissement, une photo versée au dossier : la photo sert au suivi du patient et reste là où elle doit être. #refs: cp-226-1, hds-messagerie]
    ~ plaie = 1
    « Monsieur Marchal, nous aimerions photographier la plaie pour suivre la cicatrisation dans votre dossier. Vous êtes d'accord ? »
    Il réfléchit. « Pour le dossier, oui. Et si ça peut servir à apprendre aux jeunes, aussi. Tant qu'on ne sait pas que c'est moi. »
    Théo soupire en regardant l'heure. Cinq minutes plus tard, la photo est prise avec la tablette et enregistrée dans le dossier de soins, avec une note : accord oral du patient pour le suivi et, sous forme anonymisée, pour l'enseignement.
    -> groupe_nuit
+ [Ne pas photographier : décrire la plaie en détail dans les transmissions #do: action #score: secret 1, respect 1, posture 1, image 0 #fb: Rien ne sort du dossier, et une description précise sert le suivi. Une photo prise dans les règles, avec la tablette et l'accord du patient, aurait pu la compléter.]
    ~ plaie = 0
    Vous refaites le pansement, puis vous notez la taille, l'aspect du fond, l'exsudat, l'état des berges et de la peau autour. Théo hausse les épaules : « T'es {fem():sérieuse|sérieux}, toi. »
    « Douze centimètres sur huit, fond bourgeonnant à 80 %, berges propres », écrivez-vous. Quelqu'un, demain, saura exactement où en est la plaie.
    -> groupe_nuit

=== groupe_nuit ===
#time: 06:12
Retour au poste de soins. Votre téléphone vibre dans votre poche.
#open: chat
Qui a fini le café ? 😤 #from: nadia #in: equipe
Pas moi. Enfin, un peu moi. #from: theo
Bilans de 6 h faits, tubes partis au labo ✅ #from: nadia
Enfin 😴 La belle au bois dormant de la 14. Quatre heures de concert et là, plus un bruit. #from: theo #in: equipe #photo: ph-pernin-endormie
😂😂 Elle m'a sonnée quarante fois cette nuit. Mérité ! #from: nadia
Sur la photo, Mme Pernin dort sur le dos, la bouche entrouverte, les cheveux défaits. Son appareil dentaire est posé dans un verre sur l'adaptable. Le numéro 14 se lit sur la porte restée ouverte.
{ etudiant():
    Nadia est votre tutrice. C'est elle qui remplira votre évaluation de fin de stage, à son retour de vacances.
- else:
    Théo travaille avec vous depuis deux ans. Il est drôle, fiable, et c'est lui qui a calmé Mme Pernin à 3 h en lui tenant la main.
}
#decision: d2-pernin #note: La photo d'une patiente endormie arrive dans le groupe de l'équipe, et tout le monde rit{etudiant():, la tutrice comprise}. Que faire, et pourquoi cette « blague » pose-t-elle problème ? #expect: Une chambre d'hôpital est un lieu privé ; une patiente endormie ne peut ni accepter ni s'opposer : son accord n'est jamais présumé. Capter ou transmettre l'image relève de l'article 226-1 du Code pénal ; la conserver ou la diffuser, de l'article 226-2. Demander la suppression tout de suite, sans humilier, protège la patiente et le collègue. {etudiant():Quand la tutrice rit elle aussi, le dire est difficile : la formatrice référente et la cadre sont des recours, et y faire appel n'est pas une délation. Le faire peut coûter dans l'équipe : on peut en parler en groupe.|Instruire ceux qui vous assistent de leurs obligations fait partie du rôle de l'infirmier.} #refs: cp-226-1, cp-226-2, csp-r4312-3{not etudiant():, csp-r4312-5}
+ [😂 Elle nous a tous eus cette nuit ! #do: reply #score: secret -1, respect -2, posture -1, image -1 #fb: Un rire paraît anodin, mais il approuve la photo et l'encourage à circuler. Mme Pernin, endormie dans sa chambre, n'a pu ni accepter ni refuser. #refs: cp-226-1, csp-r4312-3]
    ~ pernin = 1
    ~ aggraver(2, 2)
    ~ inc_pernin = true
    ~ implique = true
    😂 Elle nous a tous eus cette nuit ! #from: moi
    Je la garde pour le best of de la nuit 😎 #from: theo
    Vous deux, vous êtes terribles 😂 #from: nadia
    -> releve
+ [Théo, supprime-la s'il te plaît. Elle dort, elle n'a rien demandé, et on est dans sa chambre. #do: reply #score: secret 1, respect 3, posture 2, image 2 #fb: Vous demandez la suppression tout de suite, sans humilier personne : c'est ce qui protège la patiente, et Théo avec elle. Capter sans son accord l'image d'une personne dans un lieu privé expose à une peine qui peut aller jusqu'à 1 an d'emprisonnement et 45 000 € d'amende. #refs: cp-226-1, cp-226-2, csp-r4312-3{not etudiant():, csp-r4312-5}]
    ~ pernin = 2
    Théo, supprime-la s'il te plaît. Elle dort, elle n'a rien demandé, et on est dans sa chambre. #from: moi
    Oh ça va, c'est entre nous… 🙄 #from: theo
    Théo a supprimé un message. #system: equipe
    Voilà, supprimée. T'es {fem():contente|content} ? #from: theo
    { etudiant():
        Camille a raison. J'ai ri trop vite, désolée. Théo, on en reparle tout à l'heure. #from: nadia
    - else:
        Camille a raison, j'ai ri trop vite. Désolée. #from: nadia
    }
    -> releve
+ {etudiant()} [Écrire à Claire Fontaine, votre formatrice référente, pour lui demander quoi faire #do: reply #score: secret 1, respect 2, posture 2, image 1 #fb: Vous ne restez pas {fem():seule|seul} face à une tutrice qui rit, et vous décrivez la situation sans nommer la patiente. La voie pédagogique est faite pour ça : elle n'a rien d'une dénonciation, même si l'équipe peut le vivre ainsi. #refs: ifsi-discipline, cp-226-2]
    ~ pernin = 5
    Bonjour Claire, pardon pour l'heure. Un collègue vient d'envoyer dans le groupe de l'équipe la photo d'une patiente endormie, dans sa chambre. Ma tutrice a ri. Je ne sais pas quoi faire. #from: moi #in: dm-claire
    Vous attendez, le téléphone dans la main. Six minutes plus tard :
    Je suis debout avec mon fils, j'ai vu ton message. Tu as bien fait de ne pas garder ça pour toi, et de ne donner aucun nom. Une patiente qui dort ne peut pas dire non : la photo doit disparaître, maintenant. Demande-le à Théo, simplement. S'il refuse, écris à la cadre. Et si cela pèse ensuite sur ton stage, on en parle ensemble : c'est mon rôle. #from: formatrice
    Théo, tu peux supprimer la photo de la 14 ? J'ai demandé à ma formatrice, sans donner de nom : une patiente qui dort ne peut pas dire oui. #from: moi #in: equipe
    Théo a supprimé un message. #system: equipe
    Tu as écrit à l'IFSI, à 6 h du matin, pour une photo ? Tu pouvais m'en parler à moi, Camille. Je suis ta tutrice. #from: nadia
    Personne n'écrit plus rien dans le groupe.
    -> releve
+ {etudiant()} [Écrire à Hélène Rouvier, la cadre du service #do: reply #score: secret 1, respect 2, posture 2, image 1 #fb: La cadre est responsable du service : l'avertir fait supprimer la photo et lui permet de parler à l'équipe. Vous le faites sans la diffuser à personne d'autre. Le prix, c'est le regard de votre tutrice et de Théo. #refs: cp-226-2, csp-r4312-3]
    ~ pernin = 6
    Bonjour Hélène, pardon de vous écrire si tôt un dimanche. Une photo de Mme Pernin endormie, prise dans sa chambre, vient d'être envoyée dans le groupe de l'équipe de nuit. Je n'ai pas su le dire dans le groupe. #from: moi #in: dm-helene
    Vingt minutes passent. Puis :
    Merci, Camille. Vous avez bien fait. J'appelle Théo tout de suite. #from: helene
    Théo a supprimé un message. #system: equipe
    Merci pour l'appel de la cadre, Camille. Vraiment. #from: theo #in: equipe
    Tu aurais pu m'en parler d'abord. Je suis ta tutrice, quand même. #from: nadia
    -> releve
+ [Ne rien écrire dans le groupe, et en parler à Théo seul à seul tout à l'heure #do: ignore #score: secret 0, respect 1, posture 1, image 0 #fb: Parler en face évite d'humilier un collègue devant le groupe. Mais en attendant, la photo reste dans le fil et sur trois téléphones. #refs: cp-226-2]
    ~ pernin = 3
    ~ aggraver(2, 2)
    ~ inc_pernin = true
    Vous rangez le téléphone. Vous lui en parlerez à la relève, tranquillement.
    Bon, je vais voir si la 11 dort aussi, elle 😅 #from: theo
    -> releve
+ [Transférer la photo à Lucas, votre coloc : « Ma nuit en une image » #do: action #photo: ph-pernin-endormie #score: secret -3, respect -3, posture -2, image -2 #fb: Vous transmettez à quelqu'un d'extérieur l'image d'une patiente prise dans sa chambre à son insu, et avec elle son hospitalisation. Diffuser une telle image expose aux mêmes peines que la capter, jusqu'à 1 an d'emprisonnement et 45 000 € d'amende : les poursuites demandent la plainte de la patiente ou de sa représentante légale. Révéler son hospitalisation relève en plus du secret professionnel. #refs: cp-226-2, cp-226-6, cp-226-13, csp-r4312-5 #risk: penal; plainte; cp-226-2, cp-226-6; par: Manon Pernin, tutrice de Mme Pernin #risk: penal; signalement au procureur; cp-226-13 #risk: stage; signalement au directeur de l'institut; ifsi-discipline, csp-r4312-3 #risk: employeur; blâme; fph-stagiaire, csp-r4312-3]
    ~ pernin = 4
    ~ aggraver(7, 0)
    ~ inc_pernin = true
    ~ implique = true
    Ma nuit en une image 😵 #from: moi #in: dm-lucas #photo: ph-pernin-endormie
    Mdr la pauvre 😅 Elle a quel âge ? #from: lucas
    91 ans. Une nuit entière à appeler et à chanter. #from: moi
    Respect. Dors bien quand tu rentres 💤 #from: lucas
    -> releve

=== releve ===
#time: 06:48
Relève. L'équipe de jour arrive, les transmissions s'enchaînent, le café refroidit dans les gobelets.
« La 14, Mme Pernin : nuit très agitée, désorientée, appels répétés jusqu'à 4 h. Apaisée quand on restait près d'elle. Endormie depuis 4 h. » Nadia marque une pause. « Sa petite-fille, Manon, passe vers 10 h. C'est aussi sa tutrice : pour les décisions, c'est elle qu'on appelle. »
« La 9, M. Marchal : pansement refait à 5 h 45, saignement modéré, bourgeonnement en progrès. » {etudiant():Nadia vous fait signe : c'est à vous de présenter la suite. Vous le faites sans accroc.|Vous détaillez la plaie ; l'infirmière de jour note tout.}
{
- pernin == 3:
    Dans le vestiaire, vous glissez à Théo : « La photo de Mme Pernin, tu devrais l'effacer. » Il rit : « T'inquiète, je l'efface en rentrant. » Il a déjà son casque de scooter à la main.
    ~ pernin = 1
- pernin == 2:
    Dans le vestiaire, Théo évite votre regard, puis soupire : « Bon. T'avais pas tort, pour la photo. Je l'aime bien, moi, la mamie de la 14. C'est juste que la nuit, on rit de tout, sinon on craque. » Vous le savez. Vous riez de tout, vous aussi, la nuit.
- pernin == 1:
    Dans le vestiaire, Théo vous montre encore la photo sur son téléphone, hilare. « Ton message m'a tué. Je te jure, je vais faire une compil' de la nuit. »
- pernin == 5 || pernin == 6:
    Dans le vestiaire, Théo se change dos à vous, sans un mot. Nadia range ses affaires à l'autre bout. {pernin == 6:La cadre l'a appelée, elle aussi.|Votre message dans le groupe parlait de votre formatrice : elle l'a lu comme un reproche.} Au moment de partir, elle vous dit seulement : « La prochaine fois, viens me voir d'abord. »
    ~ pernin = 2
    ~ froid = true
- else:
    Dans le vestiaire, vous regardez votre téléphone. Lucas a mis un cœur sous la photo.
}
#time: 07:04
#open: camera
Dans le couloir, Nadia retient tout le monde. « C'est ma dernière nuit avant trois semaines de vacances ! Photo d'équipe, obligé ! » {froid:Elle hésite, puis vous fait signe, sans sourire : « Toi aussi. Et c'est toi qui as le meilleur appareil. »|Elle vous pousse devant : « Toi, t'as le meilleur appareil. »}
« Attends, je me recoiffe », dit Théo en passant la main dans ses cheveux. L'infirmière de jour rit en passant avec son chariot : « Vous êtes beaux, les zombies ! »
Derrière vous, la porte de la chambre 12 est restée ouverte. M. Joubert, 82 ans, est réveillé ; sur sa table de chevet, le bouquet de tournesols apporté par son fils. Au-dessus de vos têtes, le panneau « Gériatrie – Centre hospitalier de Valmont ».
#decision: d3-selfie #note: Un selfie d'équipe en fin de nuit : qu'est-ce qui, à l'arrière-plan, peut identifier un patient ? #expect: Un visage, même lointain ou flou, un numéro de chambre, un bracelet, un objet personnel suffisent. Un patient saisi par hasard derrière l'équipe n'est pas photographié « volontairement » au sens du Code pénal (226-1) ; mais il garde son droit à l'image, la photo révèle qu'il est hospitalisé, ce que couvre le secret, et le règlement intérieur de l'établissement, comme celui de l'AP-HP, interdit de capter l'image d'une personne sans son autorisation expresse. Choisir un lieu sans patient, avec l'accord des collègues, règle le problème à la source ; le panneau du service identifie un lieu, pas un patient. #refs: cc-9, cp-226-13, csp-r4312-3, ri-etablissement, aphp-ri-2017
+ [Prendre la photo tout de suite, là, dans le couloir #do: photo #score: secret -1, respect -2, posture -1, image -1 #fb: Derrière vous, M. Joubert est dans le cadre, dans sa chambre, sans le savoir ni l'avoir accepté. Vous ne le visiez pas, mais il garde son droit à l'image, et le règlement intérieur du centre hospitalier, comme celui de l'AP-HP, interdit de capter l'image d'une personne sans son autorisation expresse. #refs: cc-9, csp-r4312-3, ri-etablissement, aphp-ri-2017 #risk: stage; entretien avec le formateur référent; ri-etablissement #risk: employeur; entretien avec la cadre; ri-etablissement]
    ~ selfie = 1
    Tout le monde se serre, sourires fatigués. Clic. #shot: ph-selfie-couloir
    Nadia en prend une deuxième avec son téléphone, « pour moi ». Sur l'écran, derrière l'épaule de Théo, on voit nettement M. Joubert dans son lit.
    -> trajet
+ [« Attendez, je ferme la porte de la 12 », puis prendre la photo sous le panneau du service #do: photo #score: secret 1, respect 1, posture 1, image 0 #fb: Plus aucun patient dans le cadre : c'est l'essentiel. Le panneau et vos badges disent où vous travaillez, pas qui est soigné.]
    ~ selfie = 2
    Vous fermez doucement la porte de la 12 en adressant un signe à M. Joubert, qui vous le rend. Clic. #shot: ph-selfie-panneau
    Nadia en reprend une avec son téléphone.
    -> trajet
+ [Proposer de la faire en salle de pause, devant la fenêtre #do: photo #score: secret 1, respect 2, posture 2, image 1 #fb: Choisir un lieu sans patient règle le problème à la source. Vos collègues ont accepté la photo : chacun garde la main sur son image. #refs: cc-9]
    ~ selfie = 3
    « Pas ici. En salle de pause, le lever du jour sera plus beau. » Le ciel rosit derrière la vitre. Clic. #shot: ph-selfie-pause
    Nadia en reprend une avec son téléphone.
    -> trajet
+ [Décliner : « Pas de photo dans le service, pour moi. Faites-la sans moi. » #do: decline #score: secret 1, respect 1, posture 1, image 0 #fb: Vous restez hors du cadre. Mais sans dire pourquoi, vous laissez le problème entier : M. Joubert reste derrière eux.]
    ~ selfie = 0
    « Rabat-joie ! » Nadia rit, tend le bras avec son propre téléphone et prend la photo avec Théo, dans le couloir, la porte de la 12 ouverte derrière eux.
    -> trajet

=== trajet ===
#time: 07:26
Sur le chemin du retour, trop {fem():fatiguée|fatigué} pour penser, vous regardez votre téléphone.
#open: chat
{ selfie == 0:
    Dommage que tu n'y sois pas 😝 Je la poste tout à l'heure ! #from: nadia #in: equipe #photo: ph-selfie-nadia
    -> reveil
}
Envoie-moi la photo ! Et poste-la, tag-moi, je veux que toute ma famille voie ma team 😍 #from: nadia #in: equipe
Carrément. Moi je suis d'accord, tant que j'ai pas les yeux fermés 😂 #from: theo
Trois semaines de soleil, les amis. Je vous enverrai des photos de cocktails pendant que vous ferez les bilans de 6 h 🍹 #from: nadia
{ selfie == 1:
    Vous ouvrez la photo. En zoomant, on voit M. Joubert : son visage, son pyjama, le numéro 12 sur la porte, les tournesols. L'application propose deux retouches : flouter une zone, ou recadrer. #open: gallery
- else:
    Vous ouvrez la photo : trois visages fatigués et souriants{selfie == 2:, le panneau du service au-dessus}. Personne d'autre. #open: gallery
}
#decision: d4-publier #note: La photo est prise. Qui la verra, et que montre-t-elle vraiment ? Comparez « public », « amis », « moi uniquement », la version floutée et la version recadrée, et relisez la légende. #expect: Public : tout le monde. « Amis » : des centaines de personnes, qui peuvent toutes faire une capture. Mais le secret ne dépend pas de la taille de l'audience : il est rompu dès la première personne qui voit le patient sans participer à ses soins. « Moi uniquement » conserve l'image et se change d'un clic. Le flou ne suffit pas quand la chambre, la silhouette ou un objet restent reconnaissables ; le recadrage qui sort le patient du cadre règle le problème. Une légende peut identifier autant qu'une image. #refs: cp-226-13, cc-9, csp-r4312-5, ri-etablissement
+ {selfie == 1} [Publier la photo telle quelle, en public : « Ma team de nuit 💙 » #do: publish #audience: public #photo: ph-selfie-couloir #score: secret -2, respect -3, posture -2, image -3 #fb: Vous avez vu M. Joubert sur la photo, et vous la publiez : n'importe qui peut désormais le voir dans sa chambre, savoir où il est soigné, copier l'image et la partager. Révéler son hospitalisation relève du secret professionnel (jusqu'à 1 an d'emprisonnement et 15 000 € d'amende), et il peut demander au juge de faire cesser l'atteinte à son image. #refs: cp-226-13, cc-9, csp-r4312-9, ri-etablissement #risk: penal; signalement au procureur; cp-226-13 #risk: civil; mise en demeure; cc-9, civil-1240; par: Henri Joubert #risk: stage; signalement au directeur de l'institut; ifsi-discipline, ri-etablissement #risk: employeur; blâme; fph-stagiaire, ri-etablissement]
    ~ aggraver(6, 0)
    ~ inc_joubert = true
    ~ implique = true
    #open: social
    Ma team de nuit 💙 Dernière garde avant les vacances de Nadia ! #post: p-camille #from: moi #audience: public #tagged: nadia, theo #photo: ph-selfie-couloir
    Trop beaux 😍 Courage les soignants ! #comment: p-camille #from: sarah
    En dix minutes, 47 « J'aime », dont des inconnus. Quelqu'un l'a déjà partagée dans un groupe « Fiers de nos soignants ».
    -> reveil
+ {selfie == 1} [La publier telle quelle, mais en « Amis » : ça reste entre nous #do: publish #audience: amis #photo: ph-selfie-couloir #score: secret -2, respect -2, posture -2, image -2 #fb: « Amis », ce sont ici 312 personnes, et chacune peut faire une capture d'écran. Mais il suffisait d'une seule : dès qu'une personne qui ne le soigne pas voit M. Joubert dans sa chambre, son hospitalisation est révélée, « entre amis » ou pas. #refs: cp-226-13, cc-9, csp-r4312-5, ri-etablissement #risk: penal; signalement au procureur; cp-226-13 #risk: civil; mise en demeure; cc-9, civil-1240; par: Henri Joubert #risk: stage; signalement au directeur de l'institut; ifsi-discipline, ri-etablissement #risk: employeur; avertissement; fph-stagiaire, ri-etablissement]
    ~ aggraver(5, 0)
    ~ inc_joubert = true
    ~ implique = true
    #open: social
    Ma team de nuit 💙 Dernière garde avant les vacances de Nadia ! #post: p-camille #from: moi #audience: amis #tagged: nadia, theo #photo: ph-selfie-couloir
    Trop beaux 😍 Courage les soignants ! #comment: p-camille #from: sarah
    « Amis » : vos 312 amis. Et comme Nadia et Théo sont identifiés, leurs amis à eux la voient aussi.
    -> reveil
+ {selfie == 1} [Flouter le visage de M. Joubert, puis publier en « Amis » #do: publish #audience: amis #photo: ph-selfie-couloir-floute #score: secret -1, respect -1, posture 0, image -1 #fb: Le flou cache un visage, pas le reste : le numéro 12, la silhouette, les tournesols et le panneau du service suffisent à ses proches. Et il n'a toujours pas accepté d'être photographié. #refs: cc-9, csp-r4312-5 #risk: civil; mise en demeure; cc-9; par: Henri Joubert]
    ~ aggraver(3, 1)
    ~ inc_joubert = true
    ~ implique = true
    #open: social
    Ma team de nuit 💙 Dernière garde avant les vacances de Nadia ! #post: p-camille #from: moi #audience: amis #tagged: nadia, theo #photo: ph-selfie-couloir-floute
    Pourquoi t'as flouté le monsieur derrière ? 😂 Avec ses tournesols, on le reconnaît quand même ! #comment: p-camille #from: sarah
    -> reveil
+ {selfie == 1} [Recadrer serré sur vos trois visages, puis publier en « Amis » #do: publish #audience: amis #photo: ph-selfie-couloir-recadre #score: secret 1, respect 2, posture 1, image 1 #fb: Le recadrage fait sortir du cadre la chambre et son occupant : il ne reste que l'équipe, qui a accepté la photo. C'est la bonne retouche. #refs: cc-9]
    #open: social
    Ma team de nuit 💙 Dernière garde avant les vacances de Nadia ! #post: p-camille #from: moi #audience: amis #tagged: nadia, theo #photo: ph-selfie-couloir-recadre
    Parfaite 😍 On ne voit que nous, j'adore. #comment: p-camille #from: nadia
    -> reveil
+ {selfie == 1} [La garder en « Moi uniquement », comme un album souvenir #do: publish #audience: moi #photo: ph-selfie-couloir #score: secret -1, respect -1, posture 0, image 0 #fb: Personne ne la voit, pour l'instant. Mais l'image de M. Joubert dans sa chambre est conservée sur les serveurs d'un réseau social, sans son accord, et un clic suffit à changer l'audience. Le règlement intérieur du centre hospitalier, comme celui de l'AP-HP, interdit de capter l'image d'une personne sans son autorisation expresse. #refs: cc-9, ri-etablissement, aphp-ri-2017]
    ~ aggraver(2, 3)
    #open: social
    Souvenir de nuit. #post: p-camille #from: moi #audience: moi #photo: ph-selfie-couloir
    Le réseau vous propose aussitôt : « Partager ce souvenir avec vos amis ? » Vous fermez la fenêtre. Pour l'instant.
    -> reveil
+ {selfie == 2} [Publier en public : « Dernière nuit de Nadia avant ses vacances 💙 » #do: publish #audience: public #photo: ph-selfie-panneau #score: secret 0, respect 1, posture 1, image 1 #fb: Aucun patient dans l'image, une légende qui ne raconte rien de la nuit, des collègues d'accord : rien à redire. #refs: cc-9]
    #open: social
    Dernière nuit de Nadia avant ses vacances 💙 #post: p-camille #from: moi #audience: public #tagged: nadia, theo #photo: ph-selfie-panneau
    Bonnes vacances Nadia ! Et bravo à toute l'équipe 👏 #comment: p-camille #from: sarah
    -> reveil
+ {selfie == 3} [Publier en public : « Dernière nuit de Nadia avant ses vacances 💙 » #do: publish #audience: public #photo: ph-selfie-pause #score: secret 0, respect 1, posture 1, image 1 #fb: Aucun patient dans l'image, une légende qui ne raconte rien de la nuit, des collègues d'accord : rien à redire. #refs: cc-9]
    #open: social
    Dernière nuit de Nadia avant ses vacances 💙 #post: p-camille #from: moi #audience: public #tagged: nadia, theo #photo: ph-selfie-pause
    Bonnes vacances Nadia ! Et bravo à toute l'équipe 👏 #comment: p-camille #from: sarah
    -> reveil
+ {selfie == 2} [Publier en « Amis » : « Survivants 😵 La 14 nous a fait un concert jusqu'à 4 h » #do: publish #audience: amis #photo: ph-selfie-panneau #score: secret -2, respect -2, posture -1, image -1 #fb: La photo est propre, pas la légende : un numéro de chambre, un service et une nuit précise suffisent à reconnaître une patiente et à dévoiler son état. Le secret couvre aussi ce que vous avez vu et entendu. #refs: csp-r4312-5, cp-226-13, csp-r4312-3, cc-9 #risk: civil; mise en demeure; cc-9; par: Manon Pernin, tutrice de Mme Pernin #risk: stage; signalement au directeur de l'institut; ifsi-discipline, csp-r4312-5 #risk: employeur; avertissement; fph-stagiaire, csp-r4312-5]
    ~ aggraver(3, 2)
    ~ inc_pernin = true
    ~ implique = true
    #open: social
    Survivants 😵 La 14 nous a fait un concert jusqu'à 4 h #post: p-camille #from: moi #audience: amis #tagged: nadia, theo #photo: ph-selfie-panneau
    Haha c'est qui la 14 ? Une star du rock ? 🎸 #comment: p-camille #from: sarah
    -> reveil
+ {selfie == 3} [Publier en « Amis » : « Survivants 😵 La 14 nous a fait un concert jusqu'à 4 h » #do: publish #audience: amis #photo: ph-selfie-pause #score: secret -2, respect -2, posture -1, image -1 #fb: La photo est propre, pas la légende : un numéro de chambre, un service et une nuit précise suffisent à reconnaître une patiente et à dévoiler son état. Le secret couvre aussi ce que vous avez vu et entendu. #refs: csp-r4312-5, cp-226-13, csp-r4312-3, cc-9 #risk: civil; mise en demeure; cc-9; par: Manon Pernin, tutrice de Mme Pernin #risk: stage; signalement au directeur de l'institut; ifsi-discipline, csp-r4312-5 #risk: employeur; avertissement; fph-stagiaire, csp-r4312-5]
    ~ aggraver(3, 2)
    ~ inc_pernin = true
    ~ implique = true
    #open: social
    Survivants 😵 La 14 nous a fait un concert jusqu'à 4 h #post: p-camille #from: moi #audience: amis #tagged: nadia, theo #photo: ph-selfie-pause
    Haha c'est qui la 14 ? Une star du rock ? 🎸 #comment: p-camille #from: sarah
    -> reveil
+ {selfie >= 2} [Ne rien publier : l'envoyer seulement dans le groupe de l'équipe #do: reply #score: secret 0, respect 1, posture 1, image 0 #fb: La photo ne montre que l'équipe, et seule l'équipe la reçoit : aucun souci.]
    { selfie == 2:
        Pour vous 💙 #from: moi #in: equipe #photo: ph-selfie-panneau
    - else:
        Pour vous 💙 #from: moi #in: equipe #photo: ph-selfie-pause
    }
    Trop belle ! Je la mets en fond d'écran 😍 #from: nadia
    -> reveil

=== reveil ===
Six heures de sommeil plus tard… #skip #time: 13:52 #date: dimanche 16 novembre
Tu dors encore ? On se fait un ciné ce soir ? 🍿 #notif: chat #from: sarah
Nadia Lemaire vous a {fem():identifiée|identifié} dans une publication. #notif: social #from: nadia
#open: social
{
- selfie == 0:
    Ma team de nuit ❤️ Dernière garde avant trois semaines de soleil ☀️ Avec Camille, qui a fui l'objectif 😝 #post: p-nadia #from: nadia #audience: public #tagged: moi, theo #photo: ph-selfie-nadia
- selfie == 1:
    Ma team de nuit ❤️ Dernière garde avant trois semaines de soleil ☀️ #post: p-nadia #from: nadia #audience: public #tagged: moi, theo #photo: ph-selfie-nadia
- selfie == 2:
    Ma team de nuit ❤️ Mention spéciale à notre mamie de la 14, qui nous a chanté des chansons jusqu'à 4 h 😂 \#nuitblanche #post: p-nadia #from: nadia #audience: public #tagged: moi, theo #photo: ph-selfie-panneau
- else:
    Ma team de nuit ❤️ Mention spéciale à notre mamie de la 14, qui nous a chanté des chansons jusqu'à 4 h 😂 \#nuitblanche #post: p-nadia #from: nadia #audience: public #tagged: moi, theo #photo: ph-selfie-pause
}
{ selfie <= 1:
    Trop beaux 😍 Reposez-vous bien ! Au fait, c'est qui le monsieur dans le lit, derrière ? 😄 #comment: p-nadia #from: sarah
    La publication est publique : 64 mentions « J'aime » déjà. Parmi elles, des amis à vous qui ne connaissent pas Nadia : c'est votre identification qui l'a affichée chez eux. Derrière l'épaule de Théo, M. Joubert, dans son lit, regarde l'objectif.
- else:
    Trop beaux 😍 Pauvre mamie 😂 #comment: p-nadia #from: sarah
    La photo est propre : l'équipe, et personne d'autre. Mais la légende est publique, avec le numéro de chambre, le service, la nuit. Et votre identification l'affiche chez vos amis, dont certains habitent le quartier de Mme Pernin.
}
// La publication de Nadia est affichée : d5 ne lit plus que « patient visible ou non » (0 et 1, 2 et 3).
{
- selfie == 0:
    ~ selfie = 1
- selfie == 3:
    ~ selfie = 2
}
#decision: d5-identifie #note: Vous êtes {fem():identifiée|identifié} dans la publication publique d'une collègue, qui montre ou raconte un patient. Est-ce votre affaire ? Que pouvez-vous faire, et comment ? #expect: L'identification met votre nom sur la publication et la montre à vos propres amis. La retirer protège votre image, pas le patient. Demander en privé à l'autrice de retirer ou de corriger protège le patient sans humilier la collègue ; un commentaire public attire l'attention sur ce qu'il fallait cacher. Le patient, lui, peut demander au juge de faire cesser l'atteinte à sa vie privée. #refs: cc-9, csp-r4312-5, csp-r4312-25
+ {selfie <= 1} [Écrire à Nadia en privé : « On voit M. Joubert derrière Théo. Tu peux la retirer ? » #do: reply #score: secret 2, respect 2, posture 2, image 2 #fb: Une demande privée, précise, qui donne la raison : vous protégez le patient sans humilier votre collègue. M. Joubert n'a jamais accepté d'être photographié dans sa chambre. #refs: cc-9, csp-r4312-25]
    Nadia, on voit M. Joubert derrière Théo, dans sa chambre. Tu peux la retirer ? On en refera une sans lui. #from: moi #in: dm-nadia
    Oh mince, je ne l'avais pas vu… Mais tu crois que c'est si grave ? On ne voit pas son nom. #from: nadia
    Son visage, sa chambre, ses tournesols. Son fils le reconnaîtrait tout de suite. #from: moi
    { etudiant():
        Tu as raison. Je la retire. Et merci : je sais que ce n'est pas facile de dire ça à sa tutrice 😅 #from: nadia
    - else:
        Tu as raison. Je la retire tout de suite. Merci de me l'avoir dit en privé 🙏 #from: nadia
    }
    Nadia Lemaire a supprimé sa publication. #notif: social
    -> plaie_suite
+ {selfie >= 2} [Écrire à Nadia en privé : « Tu peux enlever la phrase sur la 14 ? On reconnaît Mme Pernin. » #do: reply #score: secret 2, respect 2, posture 2, image 2 #fb: La photo est propre, la légende ne l'est pas : un numéro de chambre et une nuit précise suffisent à reconnaître une patiente. Une demande privée règle le problème sans humilier personne. #refs: csp-r4312-5, csp-r4312-3, csp-r4312-25]
    Nadia, tu peux enlever la phrase sur la 14 ? Sa famille pourrait la reconnaître, et elle n'a rien demandé. #from: moi #in: dm-nadia
    { etudiant():
        Aïe, tu as raison. Je la change tout de suite. Merci de me l'avoir dit, même à ta tutrice 😅 #from: nadia
    - else:
        Aïe, tu as raison. Je change la légende tout de suite. Merci 🙏 #from: nadia
    }
    Franchement, je n'y avais même pas pensé. Pour moi c'était affectueux. #from: nadia
    Je sais. Mais sa famille ne le lirait peut-être pas comme ça. #from: moi
    Nadia Lemaire a modifié sa publication : « Ma team de nuit ❤️ ». #notif: social
    -> plaie_suite
+ [Retirer votre identification, et passer à autre chose #do: action #score: secret 0, respect -1, posture 0, image 1 #fb: Votre nom disparaît de la publication, mais elle reste en ligne, en public. Vous vous êtes {fem():protégée|protégé} ; le patient, non. #refs: cc-9]
    ~ aggraver(2, 2)
    { selfie <= 1:
        ~ inc_joubert = true
    - else:
        ~ inc_pernin = true
    }
    Vous n'êtes plus {fem():identifiée|identifié}. La publication, elle, continue de récolter des « J'aime ».
    Trop beaux vraiment 😍 Elle est top ta collègue ! #comment: p-nadia #from: sarah
    -> plaie_suite
+ [Aimer la publication et commenter « Meilleure équipe 💙 » #do: reply #score: secret -1, respect -2, posture -1, image -2 #fb: Votre « J'aime » et votre commentaire approuvent la publication et la poussent vers vos propres amis : vous participez à sa diffusion. #refs: csp-r4312-9, csp-r4312-3]
    ~ aggraver(3, 3)
    ~ implique = true
    { selfie <= 1:
        ~ inc_joubert = true
    - else:
        ~ inc_pernin = true
    }
    Meilleure équipe 💙 #comment: p-nadia #from: moi
    Ma team d'amour 😘 #comment: p-nadia #from: nadia
    Votre commentaire apparaît maintenant dans le fil de vos 312 amis.
    -> plaie_suite
+ {selfie <= 1} [Commenter sous la publication : « Nadia, retire ça, on voit un patient ! » #do: reply #score: secret 0, respect 1, posture 0, image -1 #fb: L'alerte est juste, mais publique : elle attire l'attention sur ce qu'il fallait cacher et met votre collègue en faute devant tout le monde. Un message privé aurait eu le même effet, sans ces dégâts. #refs: csp-r4312-25, csp-r4312-9]
    Nadia, retire ça, on voit un patient ! #comment: p-nadia #from: moi
    Trois amis de Nadia zooment aussitôt et commentent : « Ah oui, le pauvre 😬 ». Une heure plus tard, Nadia supprime la publication, sans un mot pour vous.
    -> plaie_suite
+ {selfie >= 2} [Commenter sous la publication : « Nadia, enlève la phrase sur la 14 ! » #do: reply #score: secret 0, respect 1, posture 0, image -1 #fb: L'alerte est juste, mais publique : elle attire l'attention sur ce qu'il fallait taire et met votre collègue en faute devant tout le monde. Un message privé aurait eu le même effet, sans ces dégâts. #refs: csp-r4312-25, csp-r4312-9]
    Nadia, enlève la phrase sur la 14 ! #comment: p-nadia #from: moi
    « C'est qui, la 14 ? 👀 » demande aussitôt quelqu'un. Une heure plus tard, Nadia change la légende, sans un mot pour vous.
    -> plaie_suite

=== plaie_suite ===
~ selfie = 0
#time: 16:20
{
- plaie == 0:
    Nouveau message d'Agnès Hoarau #notif: chat #from: agnes
    Bonjour Camille ! J'ai lu tes transmissions sur la plaie de M. Marchal : précises, claires, bravo. #from: agnes #in: dm-agnes
    { etudiant():
        Jeudi, je fais le cours sur les ulcères à l'IFSI, dans ta promo justement. Tu voudrais m'aider à en tirer une fiche « décrire une plaie », anonymisée ? #from: agnes
    - else:
        Jeudi, je fais un cours sur les ulcères à l'IFSI de Valmont. Tu voudrais m'aider à en tirer une fiche « décrire une plaie », anonymisée ? #from: agnes
    }
- plaie == 1:
    Nouveau message d'Agnès Hoarau #notif: chat #from: agnes
    Bonjour Camille ! J'ai vu la photo de la plaie de M. Marchal dans son dossier, avec la note sur son accord pour l'enseignement. Parfait. #from: agnes #in: dm-agnes
    { etudiant():
        Jeudi, je fais le cours sur les ulcères à l'IFSI, dans ta promo justement. Je peux m'en servir ? #from: agnes
    - else:
        Jeudi, je fais un cours sur les ulcères à l'IFSI de Valmont. Je peux m'en servir ? #from: agnes
    }
- else:
    Bien dormi ? #from: theo #in: dm-theo
    Alors, la plaie de la 9, tu l'as postée dans le groupe Plaies ? Ils adorent ce genre de cas 😁 Y en a un qui a eu 400 likes la semaine dernière avec un pied diabétique. #from: theo
    #open: social
    Cas du dimanche 🩹 Partagez vos plaies difficiles de la semaine, on en discute en commentaires ! #post: p-groupe-plaies #from: jeanmarc #audience: public
    Le groupe « Plaies et cicatrisation entre soignants » est public : 18 400 membres, et n'importe qui peut lire les publications. Dans votre galerie, la photo de la jambe de M. Marchal attend, avec une version recadrée que l'application vous propose.
}
#decision: d6-plaie-partage #note: Une plaie « pédagogique » : à quelles conditions peut-elle servir à enseigner, et par quel canal ? #expect: Un cas utilisé pour l'enseignement ou une publication ne doit pas permettre d'identifier le patient : c'est ce qu'exige le code de déontologie. Demander en plus son accord écrit est une bonne pratique, que le code n'impose pas ; une photo qui le laisserait reconnaître demanderait, elle, son accord au titre de son droit à l'image. Un tatouage, un âge, un service suffisent parfois à reconnaître quelqu'un. Les photos de soins passent par le dossier et les outils de l'établissement, pas par un téléphone personnel ni par une messagerie grand public. #refs: csp-r4312-49, cc-9, hds-messagerie, csp-l1110-4
+ {plaie == 0} [Avec plaisir : je retire le nom, l'âge, le numéro de chambre et les dates #do: reply #score: secret 2, respect 1, posture 2, image 2 #fb: Un cas d'enseignement ne doit pas permettre d'identifier le patient : c'est exactement ce que vous faites. Votre transmission devient un outil pour d'autres soignants. #refs: csp-r4312-49]
    ~ fiche = 1
    Avec plaisir ! Je retire le nom, l'âge, le numéro de chambre et les dates. #from: moi
    Parfait. On arrondit aussi les mesures et on change le côté de la jambe : le cas reste juste, le patient disparaît. Je t'envoie le brouillon mercredi 👍 #from: agnes
    -> soiree
+ {plaie == 0} [Et si je la copiais telle quelle dans notre groupe sur Cercle ? Ça ferait réviser tout le monde #do: reply #score: secret -1, respect -1, posture -1, image 0 #fb: Une transmission appartient au dossier : copiée telle quelle sur un réseau social, même dans un groupe fermé, elle sort du cercle des soignants qui prennent en charge le patient. Pour enseigner, seulement anonymisée. #refs: csp-l1110-4, csp-r4312-49, csp-r4312-5]
    ~ fiche = 3
    Et si je la copiais telle quelle dans notre groupe sur Cercle ? Ça ferait réviser tout le monde. #from: moi
    Surtout pas telle quelle 😅 Une transmission, c'est le dossier du patient. On fait la fiche anonymisée, et c'est elle qu'on partagera. Je t'envoie le brouillon mercredi. #from: agnes
    -> soiree
+ {plaie == 0} [Pas cette semaine, je suis {fem():épuisée|épuisé} #do: reply #score: secret 0, respect 0, posture 0, image 0 #fb: C'est votre droit, et la fatigue de nuit est réelle. La fiche se fera sans vous : une occasion de partager un savoir utile, dans les règles, qui passe.]
    Pas cette semaine, je suis {fem():épuisée|épuisé}. Une autre fois ? #from: moi
    Bien sûr, repose-toi ! #from: agnes
    -> soiree
+ {plaie == 1} [Oui, il était d'accord. On recadre pour que son tatouage ne se voie pas, et on lui fait confirmer par écrit ? #do: reply #score: secret 2, respect 2, posture 2, image 2 #fb: Non identifiable : c'est ce que le code de déontologie exige d'un cas d'enseignement, et vous pensez même au tatouage, que personne n'avait remarqué. L'accord écrit, le code ne l'impose pas : c'est une bonne pratique, qui lui dit exactement à quoi servira sa photo. #refs: csp-r4312-49]
    ~ fiche = 2
    Oui, il était d'accord. On recadre pour que son tatouage ne se voie pas, et on lui fait confirmer par écrit ? #from: moi
    Bien vu pour le tatouage ! Je passe le voir demain avec le formulaire : il saura exactement à quoi servira sa photo, et il pourra dire non. #from: agnes
    -> soiree
+ {plaie == 1} [Oui, prenez-la telle quelle, il a dit oui #do: reply #score: secret 0, respect 0, posture 1, image 1 #fb: L'accord est là, mais telle quelle la photo montre son tatouage : on le reconnaîtrait. Son accord ne dispense pas de la règle : un cas d'enseignement ne doit pas permettre d'identifier le patient. #refs: csp-r4312-49]
    ~ fiche = 2
    Oui, prenez-la telle quelle, il a dit oui. #from: moi
    Telle quelle, on voit son tatouage d'ancre : sa famille le reconnaîtrait. Je recadre, et je lui fais confirmer son accord par écrit demain. #from: agnes
    -> soiree
+ {plaie == 1} [Mettez-la plutôt dans le groupe Plaies sur Cercle : 18 000 soignants, ce serait plus utile #do: reply #score: secret -2, respect -1, posture -1, image -1 #fb: M. Marchal a accepté un usage pour l'enseignement, pas une publication dans un groupe public de 18 000 personnes. Et le dossier n'est pas une banque d'images pour les réseaux sociaux. #refs: csp-r4312-49, csp-r4312-5, hds-messagerie]
    ~ fiche = 4
    Mettez-la plutôt dans le groupe Plaies sur Cercle : 18 000 soignants, ce serait plus utile. #from: moi
    Non. Il a accepté un cours, pas Cercle, et ce groupe est public. Je la garde pour l'IFSI, recadrée, avec son accord écrit. Je me débrouillerai. #from: agnes
    -> soiree
+ {plaie >= 2} [Publier la version recadrée dans le groupe : « Ulcère veineux, 74 ans, 12 cm. Vos avis ? » #do: publish #audience: public #photo: ph-plaie-recadree #score: secret -2, respect -2, posture -2, image -2 #fb: Le recadrage a fait sortir le bracelet, pas le tatouage, et la légende donne l'âge : dans un groupe public, quelqu'un peut le reconnaître, et apprendre sa plaie et son hospitalisation. Un cas publié ne doit pas permettre d'identifier le patient, et M. Marchal n'a accepté aucune publication. Si la photo a été prise sans son accord, la diffuser expose en plus aux mêmes peines que la prendre, s'il porte plainte. #refs: csp-r4312-49, cp-226-13, cc-9, cp-226-2 #risk: penal; signalement au procureur; cp-226-13 #risk: civil; mise en demeure; cc-9, civil-1240; par: Lucien Marchal #risk: stage; signalement au directeur de l'institut; ifsi-discipline, csp-r4312-49 #risk: employeur; avertissement; fph-stagiaire, csp-r4312-49]
    // Photo sans son accord (d1, motif 1 tant que rien de plus grave) : la fin le dira. Plus grave, la fin l'emporte.
    { grav == 2 && motif == 1:
        ~ aggraver(3, 7)
    - else:
        ~ aggraver(3, 4)
    }
    -> plaie_publiee
+ {plaie >= 2} [L'envoyer à Agnès, la référente plaies, pour avoir son avis #do: reply #photo: ph-plaie-recadree #score: secret -1, respect 0, posture 1, image 0 #fb: Demander l'avis de la référente, qui participe au suivi, est une bonne idée ; l'envoyer par une messagerie grand public ne l'est pas : la photo sort du service par les serveurs de Bulle. Les données de santé passent par le dossier ou une messagerie sécurisée de santé. #refs: hds-messagerie, csp-l1110-4]
    Bonjour Agnès, la plaie de M. Marchal cette nuit, vous en pensez quoi ? #from: moi #in: dm-agnes #photo: ph-plaie-recadree
    Merci d'avoir pensé à moi, mais pas par Bulle 🙂 Supprime-la de ton téléphone et de cette conversation. Je passe voir M. Marchal demain : on refera la photo avec la tablette, avec son accord, pour son dossier. #from: agnes
    Vous supprimez la photo, ici et dans votre galerie. Sur les serveurs de Bulle, vous ne savez pas.
    ~ preciser(8)
    -> soiree
+ {plaie >= 2} [Supprimer la photo de votre téléphone #do: delete #score: secret 1, respect 1, posture 1, image 0 #fb: La photo ne circulera plus depuis votre téléphone, si elle ne s'est pas déjà sauvegardée ailleurs. Si elle devait servir au suivi, c'est avec la tablette du service et l'accord du patient qu'il faudrait la refaire. #refs: hds-messagerie]
    Vous supprimez la photo, puis videz la corbeille. Sur le téléphone, il ne reste rien.
    -> soiree
+ {plaie >= 2} [La garder dans votre galerie, pour réviser plus tard #do: ignore #score: secret -1, respect -1, posture 0, image 0 #fb: Rien n'est publié, mais une image de santé reste sur un téléphone qui se perd, se vole et se sauvegarde tout seul dans le nuage. #refs: hds-messagerie, rgpd-9]
    ~ preciser(5)
    Vous fermez l'application. La photo reste là, entre deux photos de vacances.
    -> soiree

= plaie_publiee
~ inc_marchal = true
~ implique = true
Ulcère veineux, 74 ans, 12 cm. Vos avis ? #post: p-plaie #from: moi #audience: public #photo: ph-plaie-recadree
Belle granulation ! Quelle compression ? #comment: p-plaie #from: jeanmarc
Bandes à allongement court, je dirais. Superbe cas, merci du partage 👏 #comment: p-plaie #from: julien
En une heure, 86 réactions et 14 partages.
-> soiree

=== soiree ===
~ plaie = 0
// Une famille écrira lundi : la fiche ne sera plus lue (voir lundi_incident).
{ inc_pernin || inc_joubert || inc_marchal:
    ~ fiche = 0
}
{ pernin == 2: -> lundi }
Le soir… #skip #time: 21:41 #date: dimanche 16 novembre
{ pernin == 4:
    Euh… Je suis désolé. J'ai montré ta photo à des potes au brunch, et Loïc l'a mise dans un groupe. Elle tourne 😬 #from: lucas #in: dm-lucas
    C'est pas ton service, ça ? Une copine me l'a envoyée, ça tourne partout 😳 #from: sarah #in: dm-sarah #photo: ph-capture-groupe
    Sur la capture : la photo de Mme Pernin, votre légende « Ma nuit en une image 😵 », votre prénom, et dessous des dizaines de réactions.
    Quelqu'un a écrit dessous « on dirait la mamie Pernin, celle qui chante au marché ». C'est dans un groupe de mamans de l'école de ma nièce 😬 #from: sarah
- else:
    Théo Garnier vous a {fem():identifiée|identifié} dans une story. #notif: social #from: theo
    #open: social
    Best of de la nuit 😂 #post: p-story-theo #from: theo #audience: amis #tagged: moi, nadia #photo: ph-pernin-endormie
    Théo a 540 amis sur Cercle. Vous êtes {fem():identifiée|identifié} : la story apparaît aussi chez les vôtres.
    C'est pas ton service, ça ? Une copine me l'a envoyée, et en plus t'es {fem():identifiée|identifié} dessus 😳 #from: sarah #in: dm-sarah #photo: ph-capture-story
    Une story disparaît en 24 heures. Une capture d'écran, non.
    Elle tourne dans un groupe de mamans de l'école de ma nièce 😬 Quelqu'un a écrit « on dirait la mamie Pernin, celle qui chante au marché ». #from: sarah
}
#decision: d7-capture #note: La photo d'une patiente circule hors de l'hôpital, et une amie vous demande si c'est votre service. Que faire ce soir ? #expect: Ne rien confirmer : dire « c'est une patiente de chez nous » est déjà une révélation. Prévenir la cadre sans renvoyer l'image, et demander à l'auteur de supprimer ce qui peut l'être. Attendre, ou effacer ses propres traces, ne freine pas la diffusion. #refs: cp-226-2, csp-r4312-5, cp-226-13, csp-r4312-4
+ [Prévenir Hélène, la cadre, dès ce soir #do: reply #score: secret 2, respect 2, posture 2, image 1 #fb: Prévenir vite permet à l'établissement d'agir et de joindre la tutrice de Mme Pernin avant qu'elle ne l'apprenne autrement. Inutile de renvoyer l'image : la décrire suffit. #refs: csp-r4312-4]
    ~ alerte = true
    { pernin == 4:
        Bonsoir Hélène, pardon de vous déranger un dimanche. Une photo de Mme Pernin endormie, prise cette nuit dans sa chambre, circule sur les réseaux. C'est moi qui l'ai transférée à un ami ce matin. Je n'aurais jamais dû. #from: moi #in: dm-helene
    - else:
        Bonsoir Hélène, pardon de vous déranger un dimanche. Une photo de Mme Pernin endormie, prise cette nuit dans sa chambre, circule sur les réseaux. Elle vient de la story d'un collègue. #from: moi #in: dm-helene
    }
    Merci de me prévenir. Ne la transférez à personne. Je m'en occupe dès demain 7 h, et j'appelle sa petite-fille, qui est sa tutrice, avant qu'elle ne l'apprenne autrement. #from: helene
    -> lundi
+ {pernin != 4} [Écrire à Théo : « Ta story tourne. Supprime-la, vite. » #do: reply #score: secret 1, respect 1, posture 1, image 0 #fb: Faire supprimer la source est utile, mais les captures déjà prises continuent de circuler. L'établissement doit le savoir pour pouvoir prévenir la tutrice de Mme Pernin. #refs: cp-226-2, csp-r4312-4]
    Ta story tourne. Supprime-la, vite. #from: moi #in: dm-theo
    Merde. C'est fait. Dis rien à Hélène stp 🙏 #from: theo
    Je voulais pas… C'était pour rire, c'est tout. #from: theo
    -> lundi
+ {pernin == 4} [Écrire à Lucas : « Demande à Loïc de la supprimer partout, vite. » #do: reply #score: secret 1, respect 1, posture 1, image 0 #fb: Faire supprimer ce qui peut l'être est utile, mais les captures déjà prises continuent de circuler. L'établissement doit le savoir pour pouvoir prévenir la tutrice de Mme Pernin. #refs: cp-226-2, csp-r4312-4]
    Demande à Loïc de la supprimer partout, vite. S'il te plaît. #from: moi #in: dm-lucas
    Je lui dis. Mais elle est déjà dans trois groupes, au moins 😬 #from: lucas
    -> lundi
+ [Répondre à Sarah : « Oui, c'est une patiente de chez nous, elle est adorable 😅 » #do: reply #act: confirmer-hospitalisation #score: secret -2, respect -1, posture -2, image -1 #fb: Confirmer qui est sur la photo et où elle est soignée, c'est révéler une information couverte par le secret, même à une seule amie : l'article 226-13 du Code pénal prévoit jusqu'à 1 an d'emprisonnement et 15 000 € d'amende, et le procureur peut poursuivre sur un simple signalement. #refs: cp-226-13, csp-r4312-5 #risk: penal; signalement au procureur; cp-226-13]
    ~ aggraver(3, 5)
    ~ implique = true
    Oui, c'est une patiente de chez nous, elle est adorable 😅 #from: moi #in: dm-sarah
    Ah, ok 😬 Ma copine connaît sa petite-fille, je crois. Je lui dis que c'est bien elle ? #from: sarah
    Vous ne répondez pas. Sarah a vu votre message ; la copine aussi, sans doute.
    -> lundi
+ {pernin != 4} [Retirer votre identification de la story, et en rester là : ce n'est pas vous qui l'avez publiée #do: action #score: secret 0, respect -1, posture -1, image 0 #fb: C'est vrai, mais chaque heure compte : la capture se partage pendant que vous attendez, et la famille risque de l'apprendre par les réseaux. Votre nom disparaît, pas la photo. #refs: cp-226-2]
    Vous n'êtes plus {fem():identifiée|identifié} dans la story. Sur le téléphone de Sarah, et sur bien d'autres, la capture reste.
    -> lundi
+ {pernin == 4} [Supprimer votre conversation avec Lucas, et attendre #do: delete #score: secret -1, respect -1, posture -2, image -1 #fb: Effacer votre trace ne retire pas une seule copie de la photo : elle continue de circuler, et vous avez seulement fait disparaître ce qui pouvait aider à comprendre. #refs: cp-226-2, csp-r4312-4]
    Conversation supprimée. La photo, elle, continue sa route.
    -> lundi

=== lundi ===
~ rappel = pernin == 1
~ aveu = alerte && pernin == 4
~ pernin = 0
{
- inc_pernin:
    ~ lead = 1
- inc_joubert:
    ~ lead = 2
- inc_marchal:
    ~ lead = 3
}
Lundi matin. #skip #time: 09:02 #date: lundi 17 novembre
{ lead > 0:
    -> lundi_incident
}
-> lundi_calme

=== lundi_incident ===
// Les fins d'un incident ne lisent pas le froid avec la tutrice.
~ froid = false
Appel entrant : Hélène Rouvier #notif: phone #from: helene
#open: phone
Camille ? C'est Hélène Rouvier. Pardon de vous appeler pendant votre repos. #call: helene
{
- inc_pernin && alerte:
    J'ai appelé Manon Pernin, la petite-fille et tutrice de Mme Pernin, à 7 h, avant qu'elle ne l'apprenne par quelqu'un d'autre. Elle est venue ce matin, en larmes. Elle a écrit à la direction, et, comme tutrice, elle parle de porter plainte au nom de sa grand-mère. #call: helene
- inc_pernin:
    Manon Pernin, la petite-fille et tutrice de Mme Pernin, est venue ce matin, en larmes. On lui a envoyé ce qui circule sur sa grand-mère et sur sa nuit dans le service. Elle a écrit à la direction, et, comme tutrice, elle parle de porter plainte au nom de sa grand-mère. #call: helene
}
{ inc_joubert:
    Le fils de M. Joubert a vu son père, dans son lit, en pyjama, derrière l'équipe, sur une photo publiée sur Cercle. Il la lui a montrée. M. Joubert veut qu'elle disparaisse, et il parle d'avocat. #call: helene
}
{ inc_marchal:
    Et le neveu de M. Marchal, infirmier libéral, a reconnu le tatouage de son oncle sur une photo de plaie, dans un groupe public. Il l'a dit à M. Marchal, qui a demandé à me voir. #call: helene
}
{ etudiant():
    Je dois en informer le directeur de l'IFSI, vous le savez : c'est lui qui décidera des suites, pas l'hôpital. Je préfère que vous l'appreniez par moi. #call: helene
- else:
    La direction est au courant. On me demande un rapport pour ce soir. #call: helene
}
Je reçois chacun d'entre vous, un par un. Je vous envoie un message. #call: helene
L'appel se termine. Dans le groupe « Nuit gériatrie », plus personne n'écrit depuis hier soir.
#open: chat
Je vous attends demain à 14 h dans mon bureau. D'ici là, écrivez-moi ce que vous savez : ce que vous avez vu, reçu, publié ou transféré. #from: helene #in: dm-helene
{ alerte:
    Merci encore de m'avoir prévenue hier soir. #from: helene
}
{ not etudiant() && rappel:
    Je vous rappelle aussi que Théo travaillait avec vous comme aide-soignant : rappeler les règles à ceux qui nous assistent fait partie de notre rôle. #from: helene
}
{ etudiant():
    Claire Fontaine, votre formatrice référente, sera présente si vous le souhaitez. #from: helene
}
~ inc_pernin = false
~ inc_joubert = false
~ inc_marchal = false
~ fiche = 0
#decision: d8-cadre #note: La cadre demande à chacun ce qu'il a vu, reçu, publié ou transféré. Qu'écrire ? #expect: La loyauté et la probité s'imposent en toutes circonstances : dire ce que l'on a vu et fait, sa propre part comprise. Nier ou effacer ses traces ajoute une faute à la première, et les captures d'écran contredisent vite. Couvrir un collègue ne relève pas de la confraternité. #refs: csp-r4312-4, csp-r4312-25, csp-r4312-1, csp-r4312-5
+ [Tout écrire : ce que vous avez vu, reçu, et ce que vous avez fait vous-même #do: reply #score: secret 1, respect 2, posture 3, image 2 #fb: Dire toute la vérité, y compris sa propre part, permet à l'établissement de protéger les patients et de leur répondre, à eux et à leurs proches. C'est aussi ce qui pèse le plus en votre faveur. #refs: csp-r4312-4]
    Voici tout ce que je sais, et ce que j'ai fait moi-même. Je suis {fem():désolée|désolé}. Je serai là demain à 14 h. #from: moi
    Merci. Ce que vous venez de faire n'est pas facile, et j'en tiendrai compte. À demain. #from: helene
    -> jeudi_famille
+ {not implique} [Écrire ce que vous avez vu, et demander à ne pas être {fem():citée|cité} devant l'équipe #do: reply #score: secret 1, respect 1, posture 1, image 1 #fb: Vous dites la vérité : c'est l'essentiel. Demander de la discrétion est légitime ; la cadre décidera de ce qu'elle peut garder pour elle. #refs: csp-r4312-4]
    Voici ce que j'ai vu et reçu. Est-ce que vous pouvez éviter de me citer devant l'équipe ? #from: moi
    Je ferai mon possible. Merci pour votre franchise. #from: helene
    -> jeudi_famille
+ {implique && not aveu} [Raconter ce qu'ont fait les autres, sans parler de votre part #do: reply #score: secret 0, respect -1, posture -2, image -1 #fb: Une demi-vérité reste un manque de loyauté : votre part apparaîtra dans les captures et les fils de discussion. #refs: csp-r4312-4]
    Voici ce que j'ai vu. La photo vient de l'équipe, mais ce n'est pas moi qui l'ai prise. #from: moi
    Je vois. Nous reprendrons tout cela demain, captures à l'appui. #from: helene
    -> jeudi_famille
+ {aveu} [Confirmer par écrit ce que vous lui avez dit hier, et demander à présenter vos excuses à Mme Pernin et à sa petite-fille #do: reply #score: secret 1, respect 3, posture 3, image 2 #fb: Vous assumez jusqu'au bout et vous pensez d'abord à la patiente et à sa famille. Cela ne fait pas disparaître la faute, mais c'est la meilleure façon de la réparer autant que possible. #refs: csp-r4312-4, csp-r4312-3]
    Je confirme ce que je vous ai écrit hier. Si Mme Pernin et sa petite-fille l'acceptent, je voudrais leur présenter mes excuses. #from: moi
    Je lui poserai la question. À demain. #from: helene
    -> jeudi_famille
+ {not alerte} [Répondre que vous n'avez rien vu et rien fait #do: reply #score: secret 0, respect -1, posture -3, image -2 #fb: Le groupe de l'équipe, les identifications et les captures disent le contraire. Nier ajoute un manquement à la loyauté à ce qui s'est passé. #refs: csp-r4312-4 #risk: stage; signalement au directeur de l'institut; ifsi-discipline, csp-r4312-4 #risk: employeur; blâme; fph-stagiaire, csp-r4312-4]
    ~ aggraver(4, 0)
    ~ nie = true
    Je n'ai rien vu, je ne suis au courant de rien. #from: moi
    Très bien. Venez quand même demain à 14 h. #from: helene
    -> jeudi_famille
+ {implique && not alerte} [Supprimer d'abord vos publications et vos messages, puis répondre que vous n'y êtes pour rien #do: delete #score: secret 0, respect -1, posture -3, image -3 #fb: Retirer une publication est utile ; le faire pour effacer votre part avant de mentir, non. Les autres ont gardé les captures, et la dissimulation aggrave la faute. #refs: csp-r4312-4 #risk: stage; signalement au directeur de l'institut; ifsi-discipline, csp-r4312-4 #risk: employeur; blâme; fph-stagiaire, csp-r4312-4]
    ~ aggraver(4, 0)
    ~ nie = true
    Vous supprimez vos publications, vos commentaires, vos messages. Puis vous écrivez :
    Je n'y suis pour rien, je n'ai rien publié. #from: moi
    Très bien. Venez quand même demain à 14 h. #from: helene
    -> jeudi_famille

=== lundi_calme ===
Bonjour Camille. Merci pour la nuit de samedi : vos transmissions étaient impeccables. #from: helene #in: dm-helene
Je sais, pour la photo de Mme Pernin, et pour votre réaction. Merci. #from: helene
{ froid:
    Nadia m'en a parlé aussi : elle l'a mal pris, et Théo encore plus. Ça passera. Vous n'avez rien fait de travers, et je le lui ai dit. #from: helene
}
Je fais un point jeudi en réunion d'équipe sur les photos dans le service : on en voit passer de plus en plus. La semaine dernière, dans un autre service, une famille a trouvé sa mère sur un réseau social. #from: helene
Vous voudriez en dire un mot ? #from: helene
#decision: d8-reunion #note: Tout s'est bien passé. Faut-il en parler en équipe, et comment, sans faire la leçon ni désigner un collègue ? #expect: Des repères concrets portent mieux qu'un sermon : photographier avec l'outil de l'établissement et l'accord du patient ; jamais un patient qui ne peut pas s'opposer ; aucun patient, numéro de chambre ou bracelet à l'arrière-plan. Le règlement intérieur de l'établissement, comme celui de l'AP-HP, interdit de capter l'image d'une personne sans son autorisation expresse. Un exemple anonyme suffit. #refs: ri-etablissement, aphp-ri-2017, cp-226-1, csp-r4312-25
+ [Oui : proposer trois repères pour les photos dans le service #do: reply #score: secret 1, respect 1, posture 2, image 2 #fb: Des repères concrets, partagés sans désigner de coupable : c'est ainsi qu'une équipe change ses habitudes. #refs: ri-etablissement]
    Avec plaisir. Je propose trois repères : la tablette et l'accord du patient pour les plaies, jamais de photo d'un patient qui dort, et aucun patient dans le cadre d'un selfie. Sans citer personne. #from: moi
    Parfait. À jeudi ! #from: helene
    -> jeudi_partage
+ [Oui, et raconter l'histoire de la photo de Mme Pernin avec les noms, pour que ça marque #do: reply #score: secret -1, respect -1, posture -1, image -1 #fb: L'exemple marque, mais nommer Théo devant l'équipe l'humilie, et raconter la nuit de Mme Pernin la remet en scène. Un exemple anonyme suffit. #refs: csp-r4312-4, csp-r4312-3]
    Oui ! Je peux raconter l'histoire de Mme Pernin et de Théo, ça marquera les esprits. #from: moi
    Je préfère un exemple sans nom, ni celui de Théo ni celui de Mme Pernin. On en reparle avant jeudi. #from: helene
    -> jeudi_partage
+ [Plutôt non : ce n'est pas à moi de faire la leçon #do: decline #score: secret 0, respect 0, posture 0, image 0 #fb: C'est votre droit. Votre expérience de samedi, dite simplement, aurait pourtant aidé vos collègues.]
    Je préfère ne pas intervenir, je ne veux pas faire la leçon. #from: moi
    Je comprends. Merci quand même. #from: helene
    -> jeudi_partage

=== jeudi_famille ===
~ aveu = false
{ grav != 7:
    ~ alerte = false
}
{ grav != 4:
    ~ implique = false
}
Le lendemain… #skip #time: 14:00 #date: mardi 18 novembre
Bureau d'Hélène. La fenêtre donne sur le parking ; sur le bureau, une pile de captures d'écran, retournées.
{ nie:
    Hélène en retourne trois, sans un mot. Sur l'une d'elles, votre nom. « Vous m'avez écrit que vous n'étiez au courant de rien. » Le silence dure. « Je vais devoir le mentionner dans mon rapport. Ce n'est pas la photo qui me fait le plus de peine, Camille. C'est ça. »
- else:
    « Merci d'être {fem():venue|venu}. » Elle relit votre message, puis pose son stylo. « Je vais vous dire ce qui va se passer. La direction a reçu {lead == 1:Mme Pernin et sa petite-fille}{lead == 2:M. Joubert et son fils}{lead == 3:M. Marchal}. Tout ce qui pouvait être retiré l'a été ; le reste, on ne le contrôle plus. Une capture d'écran, ça ne se rappelle pas. »
}
« Le règlement intérieur est clair : on ne capte pas l'image d'une personne sans son autorisation expresse. Une chambre, c'est chez eux. Même pour rire. Même entre nous. »
{ etudiant():
    « J'ai fait mon signalement au directeur de l'IFSI : c'est lui qui décidera des suites, pas moi. Et j'ai prévenu Claire Fontaine. Vous n'êtes pas {fem():seule|seul} : on va en parler, avec elle et avec vous. »
- else:
    « Vous serez titulaire en juin. Les étudiants, les aides-soignants vous regardent : ce que vous faites, ils le font. »
}
{ grav < 5:
    ~ nie = false
}
Deux jours plus tard… #skip #time: 18:34 #date: jeudi 20 novembre
Deux jours d'entretiens, de rapports et de mauvaises nuits. Hélène a reçu toute l'équipe, un par un.
{ rappel:
    Théo a quitté le groupe. #system: equipe #leave: theo
}
~ rappel = false
Je suis désolée pour tout ça. On en reparlera à mon retour. Prenez soin de vous 💙 #from: nadia #in: equipe
{
- lead == 1:
    Manon Pernin vous a envoyé un message. #notif: social #from: maelle
    Bonjour. Je suis la petite-fille de Lucienne Pernin, et sa tutrice. Votre nom apparaît sur ce qui circule à propos de ma grand-mère. Je voudrais comprendre comment on peut faire ça à une femme de 91 ans qui ne peut même plus dire non. #from: maelle #in: dm-maelle
- lead == 2:
    Bruno Joubert vous a envoyé un message. #notif: social #from: bruno
    Bonjour. Je suis le fils d'Henri Joubert. Mon père apparaît dans son lit, en pyjama, derrière votre équipe, sur une photo publiée sur Cercle. Il a 82 ans, il ne sait même pas ce qu'est Cercle, et personne ne lui a rien demandé. Il est furieux, et il a pris un avocat. Qui vous a {fem():autorisée|autorisé} ? #from: bruno #in: dm-bruno
- else:
    Julien Marchal vous a envoyé un message. #notif: social #from: julien
    Bonjour. Je suis infirmier libéral et membre du groupe Plaies. J'ai reconnu le tatouage de mon oncle, Lucien Marchal, sur la photo que vous avez publiée. Je la lui ai montrée : il ne savait pas qu'elle finirait sur Cercle. #from: julien #in: dm-julien
}
#decision: d9-famille #note: Un proche du patient vous écrit directement. Que lui répondre, et par quel canal ? #expect: Reconnaître le tort sans se justifier, ne rien dire de l'état de santé du patient par une messagerie, et orienter vers la cadre et la direction, qui reçoivent le patient et ses proches. Bloquer ou effacer ferme la porte et aggrave la blessure. Les droits sont d'abord ceux du patient : un adulte capable décide lui-même d'une mise en demeure ou d'une plainte ; un proche n'agit en son nom que s'il est son représentant légal, comme la tutrice de Mme Pernin. Le patient peut demander au juge de faire cesser l'atteinte à sa vie privée et d'en obtenir réparation ; le règlement intérieur de l'établissement, comme celui de l'AP-HP, interdit de capter l'image d'une personne sans son autorisation expresse. #refs: cc-9, csp-r4312-5, csp-l1110-4, ri-etablissement, aphp-ri-2017
+ [Vous excuser, et l'orienter vers la cadre et la direction #do: reply #score: secret 1, respect 3, posture 2, image 2 #fb: Des excuses sobres et une orientation vers ceux qui peuvent répondre : vous reconnaissez le tort sans parler du patient par messagerie. #refs: csp-r4312-4, csp-r4312-5]
    Je suis sincèrement {fem():désolée|désolé}. Je ne peux pas parler ici de l'hospitalisation de votre proche, mais Mme Rouvier, cadre du service, et la direction vont vous recevoir{lead == 2:, avec votre père s'il le souhaite}{lead == 3:, avec votre oncle s'il le souhaite}. Vous pouvez les joindre au standard du centre hospitalier. #from: moi
    { 
    - lead == 1:
        Merci de ne pas vous cacher. J'appellerai. #from: maelle
    - lead == 2:
        Merci de ne pas vous cacher. J'appellerai. #from: bruno
    - else:
        Merci de ne pas vous cacher. J'appellerai. #from: julien
    }
    -> choisir_fin
+ [Lui expliquer en détail comment s'est passée la nuit, pour donner le contexte #do: reply #score: secret -2, respect -1, posture -1, image -1 #fb: Vouloir expliquer est humain, mais détailler l'état d'un patient par une messagerie, à un proche dont vous ignorez ce que le patient accepte de partager, c'est sortir du secret. Et le contexte n'excuse pas la photo. #refs: csp-r4312-5, csp-l1110-4]
    Il faut comprendre, la nuit a été très dure, il y a eu des cris, des soins compliqués, l'équipe était épuisée… #from: moi
    {
    - lead == 1:
        Donc c'était de sa faute ? Je transmets votre message à l'avocat de ma grand-mère. #from: maelle
    - lead == 2:
        Donc c'était de sa faute ? Je transmets votre message à l'avocat de mon père. #from: bruno
    - else:
        Donc c'était de sa faute ? Je montre votre message à mon oncle. #from: julien
    }
    -> choisir_fin
+ [Bloquer la personne et supprimer la conversation #do: delete #score: secret 0, respect -2, posture -2, image -2 #fb: Bloquer ne fait disparaître ni la photo ni la colère : le patient et ses proches passeront par la direction, la justice ou les réseaux, avec une raison de plus d'être blessés.]
    Contact bloqué. Conversation supprimée. Le lendemain, une capture de votre profil bloqué circule avec la photo.
    -> choisir_fin
+ [Ne pas répondre, et transférer le message à Hélène #do: action #score: secret 1, respect 0, posture 1, image 1 #fb: Passer par la cadre est prudent. Un mot d'excuse, sans détail, aurait aussi montré que quelqu'un, dans l'équipe, mesure le tort causé. #refs: csp-r4312-4]
    Je viens de recevoir ce message de la famille. Je préfère ne pas répondre moi-même. #from: moi #in: dm-helene
    Vous avez bien fait de me le transmettre. La direction les reçoit lundi. #from: helene
    -> choisir_fin

=== jeudi_partage ===
Trois jours plus tard… #skip #time: 14:00 #date: jeudi 20 novembre
Réunion d'équipe. Hélène projette trois phrases au mur : « Une photo de soin : la tablette du service et l'accord du patient. Un patient qui dort ne peut pas dire non. Aucun patient dans le cadre d'un selfie. »
Quelqu'un demande : « Et si c'est juste entre nous, dans le groupe ? » Hélène répond que le groupe, ce sont des téléphones, des sauvegardes, des captures d'écran. Que le règlement intérieur de l'hôpital, comme celui de l'AP-HP, interdit de capter l'image d'une personne sans son autorisation expresse. Que le groupe « entre nous » n'existe pas vraiment, et qu'une photo de patient n'a rien à y faire.
{ froid:
    Théo, au fond, les bras croisés, finit par hocher la tête. Il sort sans vous regarder. Depuis dimanche, il ne vous dit plus bonjour.
- else:
    Théo, au fond, les bras croisés, finit par hocher la tête. En sortant, il vous glisse : « T'avais raison, samedi. Sans rancune. »
}
#time: 18:34
{
- fiche == 2 || fiche == 4:
    La fiche est finie, merci pour ton aide ! Photo recadrée, aucun signe qui permette de le reconnaître, et M. Marchal a relu et signé son accord. Je l'ai présentée cet après-midi à l'IFSI. #from: agnes #in: dm-agnes #photo: ph-fiche-plaie
- fiche == 1 || fiche == 3:
    La fiche est finie, merci pour ton aide ! Aucun nom, aucun âge, aucune date. Je l'ai présentée cet après-midi à l'IFSI, elle a beaucoup servi. #from: agnes #in: dm-agnes #photo: ph-fiche-description
}
// La fiche n'est plus lue que par les fins partage et vigilance (grav 0).
{ grav > 0:
    ~ fiche = 0
}
{ froid:
    Premier cocktail, comme promis 🍹 #from: nadia #in: equipe
    Nadia n'a rien écrit d'autre. Pas à vous.
- else:
    Premier cocktail, comme promis 🍹 Et merci pour samedi, vraiment. Tu avais raison. #from: nadia #in: dm-nadia
}
// Le froid avec la tutrice n'est plus lu que par les fins partage et vigilance (grav 0).
{ grav > 0:
    ~ froid = false
}
Ce soir, vous avez envie de partager quelque chose de votre semaine sur Cercle. Agnès vous a envoyé l'affiche d'un webinaire gratuit sur les plaies chroniques. #open: social
#decision: d9-partage #note: Qu'est-ce qu'un soignant peut partager sur un réseau social, et comment, sans jamais exposer un patient ? #expect: Beaucoup : son métier, ses réflexions, des ressources de formation, des sources fiables, à condition qu'aucun patient ne soit reconnaissable, ni par l'image ni par le récit. Un âge, une heure, un service et une date suffisent parfois à reconnaître quelqu'un. Bien utilisé, un réseau social sert la profession. {etudiant():Les règles de communication du code de déontologie visent l'infirmier qui parle de son activité ; pour un étudiant, les suivre est une prudence par analogie.|Le code de déontologie permet d'informer le public, y compris sur les réseaux sociaux, de façon loyale, honnête et prudente.} Rappel de la réunion : le règlement intérieur de l'établissement, comme celui de l'AP-HP, interdit de capter l'image d'une personne sans son autorisation expresse. #refs: csp-r4312-9, csp-r4312-5, csp-r4312-68-1, ri-etablissement, aphp-ri-2017
+ [Publier en public un texte sur ce que les nuits vous apprennent, avec la photo du lever de soleil #do: publish #audience: public #photo: lever-soleil #score: secret 1, respect 1, posture 1, image 2 #fb: Parler de son métier sans exposer personne, c'est le meilleur usage des réseaux : aucune personne reconnaissable, aucune information de soin.]
    ~ partage = 1
    Fin d'une série de nuits. Ce que la nuit m'apprend : écouter ceux qui ne dorment pas, et prendre soin de l'équipe qui veille avec moi. 🌅 #post: p-nuit #from: moi #audience: public #photo: lever-soleil
    Magnifique texte. Merci pour ce que vous faites 💙 #comment: p-nuit #from: sarah
    -> choisir_fin
+ [Partager l'affiche du webinaire sur les plaies chroniques avec vos amis soignants #do: publish #audience: amis #photo: affiche-formation #score: secret 0, respect 0, posture 1, image 2 #fb: Relayer une formation sérieuse, c'est le bon côté des réseaux : un savoir partagé, aucun patient exposé.]
    ~ partage = 2
    Webinaire gratuit sur les plaies chroniques, très clair, je recommande aux collègues ! #post: p-webinaire #from: moi #audience: amis #photo: affiche-formation
    Inscrite, merci 🙏 #comment: p-webinaire #from: nadia
    -> choisir_fin
+ [Raconter en public la nuit de la patiente de 91 ans qui a chanté jusqu'à 4 h, la main dans celle de Théo #do: publish #audience: public #score: secret -2, respect -1, posture -1, image -1 #fb: Le récit est tendre, mais un âge, une heure, un service et une date suffisent à ses proches pour la reconnaître : le secret couvre aussi ce que vous avez vu et entendu. Sans photo, une patiente peut rester identifiable. #refs: csp-r4312-5, cp-226-13, cc-9 #risk: civil; mise en demeure; cc-9; par: Manon Pernin, tutrice de Mme Pernin #risk: stage; signalement au directeur de l'institut; ifsi-discipline, csp-r4312-5 #risk: employeur; avertissement; fph-stagiaire, csp-r4312-5]
    ~ aggraver(3, 6)
    Samedi, en gériatrie, une dame de 91 ans a chanté jusqu'à 4 h du matin, la main dans celle de mon collègue. Elle ne savait plus où elle était, mais elle se souvenait de toutes les paroles. Je ne l'oublierai pas. 💙 #post: p-nuit #from: moi #audience: public
    -> choisir_fin
+ [Ne rien publier ce soir #do: ignore #score: secret 0, respect 0, posture 0, image 0 #fb: Ne rien publier est un choix respectable. Les réseaux peuvent pourtant servir la profession, quand on y partage sans exposer personne.]
    Vous posez le téléphone. Ce soir, vous dormirez.
    -> choisir_fin

=== choisir_fin ===
{
- grav == 7:
    -> fin_patiente_endormie
- grav == 6:
    -> fin_photo_publique
- grav == 5:
    -> fin_amis
- grav == 4:
    -> fin_deni
- grav == 3:
    -> fin_reconnaissable
- grav == 2:
    -> fin_zone_grise
- partage > 0:
    -> fin_partage
- else:
    -> fin_vigilance
}

=== fin_patiente_endormie ===
Deux semaines plus tard… #skip #time: 10:15 #date: lundi 1er décembre
{ etudiant():
    Madame, Monsieur, le centre hospitalier de Valmont m'a signalé la diffusion, depuis votre téléphone, de la photographie d'une patiente endormie, prise dans sa chambre pendant votre stage. J'ai décidé de saisir la section compétente pour le traitement des situations disciplinaires, qui examinera votre situation le mardi 9 décembre à 14 h. Vous pourrez consulter votre dossier et vous faire assister de la personne de votre choix. Claire Fontaine, votre formatrice référente, vous recevra avant la séance. Le directeur de l'IFSI de Valmont #mail: ifsi #subject: Saisine de la section disciplinaire
- else:
    Madame, Monsieur, le directeur du centre hospitalier de Valmont engage à votre encontre une procédure disciplinaire à la suite de la diffusion, depuis votre téléphone, de la photographie d'une patiente endormie, prise dans sa chambre. Vous êtes fonctionnaire stagiaire : les sanctions possibles vont de l'avertissement à l'exclusion définitive du service. Vous pouvez consulter l'intégralité de votre dossier, présenter vos observations et vous faire assister par un ou plusieurs défenseurs de votre choix. Pour le directeur, la direction des ressources humaines #mail: drh #subject: Engagement d'une procédure disciplinaire
    Madame, Monsieur, le conseil départemental a reçu la plainte de Mme Manon Pernin, tutrice de Mme Lucienne Pernin, vous concernant. Vous serez {fem():convoquée|convoqué} à une réunion de conciliation. Si elle échoue, la plainte sera transmise à la chambre disciplinaire de première instance. #mail: ordre #subject: Plainte vous concernant
}
Dans votre boîte aux lettres, une convocation du commissariat de Valmont : audition à la suite de la plainte déposée par Manon Pernin, au nom de sa grand-mère, dont elle est la tutrice.
Mme Pernin est rentrée chez elle. Manon a demandé qu'on ne la photographie plus jamais, même pour son dossier. Elle dit que sa grand-mère ne chante plus quand on sort un téléphone devant elle, et que personne ne sait si c'est la maladie ou autre chose.
#ending: patiente-endormie #title: Une patiente qui ne pouvait pas dire non #severity: critical #conduite: privee #refs: cp-226-2, cp-226-6, cp-226-13, cas-lille-2010, civil-1240, ri-etablissement{etudiant():, etudiant-assurance|, csp-l4124-6}
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline, csp-r4312-3
#sanction: institut; exclusion temporaire; ifsi-discipline, csp-r4312-1, csp-r4312-3
#sanction: employeur; exclusion temporaire; fph-stagiaire, fph-procedure, csp-r4312-3
#sanction: ordre; plainte au conseil départemental; ordre-plainte-conciliation, csp-r4312-3; par: Manon Pernin, tutrice de Mme Pernin
#sanction: penal; plainte; cp-226-2, cp-226-6, penal; par: Manon Pernin, tutrice de Mme Pernin
#sanction: civil; dommages-intérêts; cc-9, civil-1240
Vous avez transmis à une personne extérieure l'image d'une patiente de 91 ans, endormie dans sa chambre, qui ne pouvait ni accepter ni refuser. #debrief
La diffuser sans son accord expose aux mêmes peines que la capter, jusqu'à 1 an d'emprisonnement et 45 000 € d'amende, sur plainte de la victime ou de son représentant légal : ici sa tutrice, sa petite-fille ; et révéler son hospitalisation relève en plus du secret professionnel. #debrief
En 2010, le tribunal correctionnel de Lille a condamné deux aides-soignants qui avaient photographié en 2004 des patients inconscients dans des situations dégradantes, puis proposé les photos à un magazine, à deux mois d'emprisonnement avec sursis et 1 000 € d'amende chacun, pour violences volontaires sur personnes vulnérables. #debrief
{etudiant():Le centre hospitalier n'a pas de pouvoir disciplinaire sur vous : il a signalé les faits au directeur de l'institut, qui a saisi la section disciplinaire ; elle peut aller jusqu'à l'exclusion temporaire de la formation, et le juge peut vous ordonner de réparer le tort causé, au terme de procédures qui prendront des mois.|Fonctionnaire stagiaire, vous risquez une exclusion temporaire ; et comme l'envoi à un ami n'était pas un acte de votre fonction, la tutrice de Mme Pernin a pu se plaindre directement à l'Ordre, qui tentera une conciliation avant toute chambre disciplinaire, tandis que vous répondez vous-même, et non l'hôpital, devant le juge civil : des procédures de plusieurs mois.} #debrief
{alerte:Avoir prévenu la cadre le soir même a permis de joindre la tutrice de Mme Pernin plus tôt : cela compte, sans effacer la faute.|Une fois partie, l'image vous a échappé : un ami, un groupe, une capture, et la famille l'a reçue.} #debrief
{nie:Nier devant la cadre, alors que les captures existaient, a ajouté un manquement à la loyauté à la première faute.} #debrief
Qu'est-ce qui, à 6 h du matin après une nuit épuisante, rend une telle photo « drôle », et que devient-elle une fois envoyée ? #question
Comment Mme Pernin et sa famille vivent-elles cette photo, et qu'auriez-vous pu dire à Théo sur le moment ? #question
-> END

=== fin_photo_publique ===
Deux semaines plus tard… #skip #time: 10:15 #date: lundi 1er décembre
{ etudiant():
    Madame, Monsieur, le centre hospitalier de Valmont m'a signalé la publication, sur votre compte public, d'une photographie prise pendant votre stage, qui montre un patient dans sa chambre. J'ai décidé de saisir la section compétente pour le traitement des situations disciplinaires, qui examinera votre situation le mardi 9 décembre à 14 h. Vous pourrez consulter votre dossier et vous faire assister de la personne de votre choix. Le directeur de l'IFSI de Valmont #mail: ifsi #subject: Saisine de la section disciplinaire
- else:
    Madame, Monsieur, le directeur du centre hospitalier de Valmont engage à votre encontre une procédure disciplinaire à la suite de la publication, sur votre compte public, d'une photographie montrant un patient dans sa chambre. Vous êtes fonctionnaire stagiaire : les sanctions possibles vont de l'avertissement à l'exclusion définitive du service. Vous pouvez consulter l'intégralité de votre dossier, présenter vos observations et vous faire assister par un ou plusieurs défenseurs de votre choix. Pour le directeur, la direction des ressources humaines #mail: drh #subject: Engagement d'une procédure disciplinaire
    Madame, Monsieur, le conseil départemental a reçu la plainte de M. Henri Joubert vous concernant. Vous serez {fem():convoquée|convoqué} à une réunion de conciliation. Si elle échoue, la plainte sera transmise à la chambre disciplinaire de première instance. #mail: ordre #subject: Plainte vous concernant
}
L'avocat de M. Joubert vous écrit aussi : votre publication a été partagée 212 fois avant que vous ne la retiriez. Son fils, de son côté, a signalé les faits au procureur.
M. Joubert a vu la capture que son fils lui a montrée. C'est lui qui a demandé à l'avocat d'écrire : « Ma chambre, c'est chez moi. » Depuis, il demande qu'on ferme sa porte, même le jour, même quand il a trop chaud.
#ending: photo-publique #title: En public, pour tout le monde #severity: critical #conduite: privee #refs: cp-226-13, cc-9, civil-1240, csp-r4312-3, ri-etablissement, aphp-ri-2017{not etudiant():, csp-l4124-6}
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline, ri-etablissement
#sanction: institut; blâme; ifsi-discipline, csp-r4312-1, csp-r4312-9
#sanction: employeur; blâme; fph-stagiaire, fph-procedure, ri-etablissement
#sanction: ordre; plainte au conseil départemental; ordre-plainte-conciliation, csp-r4312-9; par: Henri Joubert
#sanction: penal; signalement au procureur; cp-226-13, penal; par: Bruno Joubert
#sanction: civil; mise en demeure; cc-9, civil-1240; par: Henri Joubert
M. Joubert se trouvait par hasard derrière l'équipe, dans sa chambre : ce n'était pas une captation volontaire, mais vous l'avez vu sur la photo, et vous l'avez publiée pour des inconnus qui l'ont partagée. #debrief
Vous avez révélé qu'il était hospitalisé en gériatrie, ce que couvre le secret (jusqu'à 1 an d'emprisonnement et 15 000 € d'amende ; le procureur peut poursuivre sur un simple signalement, celui de son fils par exemple) ; son image, elle, est à lui : adulte capable, c'est lui, et non son fils, qui décide de demander réparation au juge. #debrief
Le règlement intérieur du centre hospitalier, comme celui de l'AP-HP, interdit de capter l'image d'une personne sans son autorisation expresse, et publier nuit à l'image de toute la profession. #debrief
{etudiant():Le centre hospitalier n'a pas de pouvoir disciplinaire sur vous : il a signalé les faits au directeur de l'institut, et la section disciplinaire examinera votre situation le 9 décembre : un blâme est possible.|Fonctionnaire stagiaire, vous risquez un blâme du directeur de l'hôpital ; votre page étant personnelle, M. Joubert a pu se plaindre directement à l'Ordre, qui tentera d'abord une conciliation, et c'est vous, non l'hôpital, qui répondez devant le juge civil, au terme de procédures de plusieurs mois.} La version recadrée, qui ne montrait que l'équipe, était à un geste. #debrief
{nie:Nier devant la cadre, alors que les captures existaient, a ajouté un manquement à la loyauté à la première faute.} #debrief
Qu'est-ce qui, sur une photo, permet de reconnaître quelqu'un, même de loin ou de dos ? #question
Qu'auriez-vous vérifié avant d'appuyer sur « Publier » ? #question
-> END

=== fin_amis ===
Deux semaines plus tard… #skip #time: 10:15 #date: lundi 1er décembre
{ etudiant():
    Madame, Monsieur, le centre hospitalier de Valmont m'a signalé la publication d'une photographie prise pendant votre stage, qui montre un patient dans sa chambre. Je vous recevrai le jeudi 4 décembre à 10 h, avec Claire Fontaine, votre formatrice référente, avant de décider s'il y a lieu de saisir la section compétente pour le traitement des situations disciplinaires. Le directeur de l'IFSI de Valmont #mail: ifsi #subject: Signalement du centre hospitalier
- else:
    Madame, Monsieur, à la suite de la publication d'une photographie montrant un patient dans sa chambre, le directeur du centre hospitalier de Valmont envisage à votre encontre un avertissement. Vous pouvez consulter l'intégralité de votre dossier, présenter vos observations et vous faire assister par un ou plusieurs défenseurs de votre choix. Pour le directeur, la direction des ressources humaines #mail: drh #subject: Procédure disciplinaire
}
Sous votre publication, avant que vous ne la retiriez, un ami avait commenté : « C'est pas le père de Bruno Joubert, derrière ? Il joue aux boules avec mon oncle. »
Votre publication n'était visible que de vos amis : c'est l'un d'eux, qui connaît la famille, qui en a fait une capture. M. Joubert, à qui son fils l'a montrée, a chargé un avocat de vous écrire. Son fils a aussi écrit au procureur.
M. Joubert, lui, a demandé à changer de chambre, « une sans vue sur le couloir ». Son fils a retiré les tournesols de la table de chevet.
#ending: amis-pas-prive #title: 312 amis, et un seul suffisait #severity: serious #conduite: privee #refs: cp-226-13, cc-9, csp-r4312-5, ri-etablissement, cas-cass-soc-2018
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline, ri-etablissement
#sanction: institut; avertissement; ifsi-discipline, csp-r4312-5
#sanction: employeur; avertissement; fph-stagiaire, fph-procedure, ri-etablissement
#sanction: penal; signalement au procureur; cp-226-13, penal; par: Bruno Joubert
#sanction: civil; mise en demeure; cc-9, civil-1240; par: Henri Joubert
Vous avez cru publier « entre vous » : 312 personnes, et chacune pouvait faire une capture. #debrief
Mais le nombre ne change rien au secret : il est rompu dès la première personne qui voit M. Joubert dans sa chambre sans le soigner (jusqu'à 1 an d'emprisonnement et 15 000 € d'amende ; le procureur peut poursuivre sur un simple signalement, celui de son fils par exemple). #debrief
M. Joubert était là par hasard : ce n'est pas une captation volontaire au sens du Code pénal ; mais son image est à lui, et, adulte capable, c'est lui, et non son fils, qui vous met en demeure. #debrief
{etudiant():Le centre hospitalier n'a pas de pouvoir disciplinaire sur vous : il a signalé les faits au directeur de l'institut, qui peut prononcer un avertissement, au terme d'une procédure de plusieurs semaines.|Fonctionnaire stagiaire, vous risquez un avertissement du directeur de l'hôpital, sur la base du règlement intérieur, au terme d'une procédure de plusieurs semaines.} #debrief
{nie:Nier devant la cadre, alors que les captures existaient, a ajouté un manquement à la loyauté à la première faute.} #debrief
Combien de personnes voient réellement une publication « Amis » ? Et les amis de vos amis ? #question
En 2018, la Cour de cassation a jugé que des propos tenus dans un groupe fermé de 14 personnes relevaient d'une conversation privée, qui ne justifiait pas un licenciement. Pourquoi cette décision ne dit-elle rien du secret professionnel ? #question
-> END

=== fin_deni ===
Quatre jours plus tard… #skip #time: 14:00 #date: lundi 24 novembre
{ etudiant():
    Bureau du directeur de l'IFSI. Claire Fontaine est là, elle aussi, avec le rapport d'Hélène et des captures d'écran.
- else:
    Direction des ressources humaines. Hélène est là, elle aussi, et elle pose des captures d'écran sur la table.
}
{ implique:
    Vos messages dans le groupe de l'équipe, vos publications, vos commentaires : tout a été capturé par d'autres, avant que vous ne puissiez rien effacer.
- else:
    La publication où vous étiez {fem():identifiée|identifié}, et la conversation de l'équipe où la photo vous a été envoyée, marquée « Vu ».
}
{ etudiant():
    Madame, Monsieur, à la suite du signalement du centre hospitalier de Valmont, qui fait état d'un manque de loyauté lors de l'enquête interne du service, j'ai décidé de saisir la section compétente pour le traitement des situations disciplinaires. Vous pourrez consulter votre dossier et vous faire assister de la personne de votre choix. Le directeur de l'IFSI de Valmont #mail: ifsi #subject: Saisine de la section disciplinaire
- else:
    Madame, Monsieur, le directeur du centre hospitalier de Valmont envisage à votre encontre un blâme, pour manquement au devoir de loyauté lors de l'enquête interne du service. Vous pouvez consulter l'intégralité de votre dossier, présenter vos observations et vous faire assister par un ou plusieurs défenseurs de votre choix. Pour le directeur, la direction des ressources humaines #mail: drh #subject: Procédure disciplinaire
}
Dans le couloir, en sortant, {etudiant():Claire vous raccompagne. « Une photo, on en aurait parlé. Un mensonge, c'est plus dur à défendre. »|un message de Nadia arrive, depuis ses vacances : « Tu sais ce qui me fait le plus mal ? C'est qu'on aurait pu gérer ça ensemble. » Elle ne vous en veut pas de la photo. Elle vous en veut de ne pas avoir été {fem():franche|franc}.}
#ending: deni #title: La capture qui contredit #severity: serious #conduite: service #refs: csp-r4312-4, csp-r4312-1{not etudiant():, csp-l4124-2}
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline, csp-r4312-4
#sanction: institut; blâme; ifsi-discipline, csp-r4312-1, csp-r4312-4
#sanction: employeur; blâme; fph-stagiaire, fph-procedure, csp-r4312-4
Face à des patients et à des familles blessés, vous avez dit à la cadre ne rien savoir, alors que les captures montraient le contraire. #debrief
Le code de déontologie exige moralité, probité et loyauté en toutes circonstances{etudiant():, et il s'applique aussi aux étudiants en soins infirmiers}. #debrief
{implique:Nier ajoute une faute à la première : ce n'est plus seulement la photo qu'on vous reproche, mais la confiance perdue de votre équipe et de votre encadrement.|Vous pouviez aider à protéger les patients ; en niant, vous avez fait d'une situation dont vous n'étiez que témoin une faute personnelle.} #debrief
{etudiant():Le centre hospitalier a signalé les faits au directeur de l'institut ; c'est la section disciplinaire qui décidera, et elle envisage un blâme. Le tutorat, l'évaluation de stage et votre formatrice référente restent une autre voie, pédagogique : c'est là qu'on vous aidera à comprendre.|Vous êtes fonctionnaire stagiaire : le directeur de l'hôpital envisage un blâme, après avoir entendu vos observations. Mentir à sa cadre pendant le service est un acte de votre fonction : un patient ne pourrait pas saisir lui-même la chambre disciplinaire de l'Ordre ; seuls le ministre, le préfet, le directeur de l'ARS, le procureur ou les conseils de l'Ordre le peuvent, et ce n'est pas la suite la plus probable.} Ces procédures prendront des semaines, voire des mois. #debrief
Qu'est-ce qui rend si difficile de dire « j'ai ri, moi aussi » ou « j'ai vu » à sa cadre ? #question
Couvrir un collègue, est-ce de la confraternité ? #question
-> END

=== fin_reconnaissable ===
Deux semaines plus tard… #skip #time: 10:15 #date: lundi 1er décembre
{ motif == 6:
    C'est ma grand-mère ? Elle chante tout le temps « Le Temps des cerises »… #comment: p-nuit #from: maelle
}
// Ce qui arrive dépend du patient exposé (motif), et qui agit, du patient : lui-même, ou la tutrice de Mme Pernin.
{
- motif == 4 || motif == 7:
    Par son avocat, M. Lucien Marchal, que son neveu a prévenu, vous adresse une mise en demeure : retirer la photo, cesser toute diffusion, et confirmer par écrit qu'aucune copie n'est conservée.
- motif == 1:
    Par son avocat, M. Henri Joubert, à qui son fils a montré la photo, vous adresse une mise en demeure : cesser toute diffusion, et confirmer par écrit qu'aucune copie n'est conservée.
- motif == 2 || motif == 6:
    Par son avocat, Manon Pernin, tutrice de sa grand-mère, vous adresse au nom de Mme Pernin une mise en demeure : cesser toute diffusion et tout propos la concernant.
- motif == 5:
    Manon Pernin, tutrice de sa grand-mère, a signalé au procureur votre message à Sarah : il confirmait qui était sur la photo, et où elle était soignée.
- else:
    La publication de Nadia a été retirée après une mise en demeure qui lui était adressée. Vos commentaires y figuraient encore.
}
{ etudiant():
    Madame, Monsieur, le centre hospitalier de Valmont m'a signalé une publication ou un message de votre part permettant de reconnaître un patient. Je vous recevrai le jeudi 4 décembre à 10 h, avec Claire Fontaine, votre formatrice référente, avant de décider des suites. Le directeur de l'IFSI de Valmont #mail: ifsi #subject: Signalement du centre hospitalier
- else:
    Madame, Monsieur, à la suite d'une publication ou d'un message permettant de reconnaître un patient, le directeur du centre hospitalier de Valmont envisage à votre encontre {motif == 5:un blâme|un avertissement}. Vous pouvez consulter l'intégralité de votre dossier, présenter vos observations et vous faire assister par un ou plusieurs défenseurs de votre choix. Pour le directeur, la direction des ressources humaines #mail: drh #subject: Procédure disciplinaire
}
{
- motif == 5:
    J'ai appris, pour le signalement. On a tous été trop légers cette nuit-là, moi la première. On en reparle à mon retour 💙 #from: nadia #in: dm-nadia
- motif == 1 || motif == 4 || motif == 6 || motif == 7:
    J'ai appris, pour la mise en demeure. Tu voulais bien faire, je le sais. Mais « bien faire » et « publier », ça ne va pas toujours ensemble. On en reparle à mon retour 💙 #from: nadia #in: dm-nadia
- else:
    J'ai appris, pour la mise en demeure. On a tous été trop légers cette nuit-là, moi la première. On en reparle à mon retour 💙 #from: nadia #in: dm-nadia
}
#ending: patient-reconnaissable #title: Reconnaissable malgré tout #severity: moderate #conduite: privee #refs: csp-r4312-5, cp-226-13, cc-9, civil-1240{motif == 4 or motif == 7:, csp-r4312-49}{motif == 7:, cp-226-2, cp-226-6}
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline, csp-r4312-5
// Confirming to a third party that a patient is hospitalised weighs the same in every scenario (blâme).
#sanction: institut; {motif == 5:blâme|avertissement}; ifsi-discipline, csp-r4312-5
#sanction: employeur; {motif == 5:blâme|avertissement}; fph-stagiaire, fph-procedure, csp-r4312-5
{
- motif == 7:
    Vous aviez photographié la jambe de M. Marchal sans son accord, puis publié la version recadrée : le tatouage et l'âge ont suffi, et diffuser une image prise sans accord dans un lieu privé peut valoir, s'il porte plainte, jusqu'à 1 an d'emprisonnement et 45 000 € d'amende. #debrief
- motif == 4:
    Vous aviez recadré la photo de la plaie, mais le tatouage et l'âge ont suffi ; et M. Marchal avait accepté une photo, pas une publication. #debrief
- motif == 1:
    Vous aviez flouté le visage de M. Joubert, mais le numéro de chambre, sa silhouette et ses tournesols ont suffi à ses proches. #debrief
- motif == 2:
    Votre photo ne montrait personne, mais votre légende, avec un numéro de chambre, un service et une nuit, a suffi à ses proches pour reconnaître Mme Pernin. #debrief
- motif == 6:
    Votre récit ne donnait aucun nom, mais un âge, un service, une heure et une date ont suffi à ses proches pour reconnaître Mme Pernin. #debrief
- motif == 5:
    Vous n'avez rien publié, mais en confirmant à une amie qui était sur la photo et où elle était soignée, vous avez révélé une information couverte par le secret : à une seule personne, c'est déjà une révélation. #debrief
- else:
    Vous n'avez rien publié vous-même, mais votre « J'aime » et votre commentaire ont poussé vers vos amis une publication qui exposait un patient. #debrief
}
Flouter un visage, recadrer ou taire un nom ne suffit pas quand le reste permet de reconnaître la personne. #debrief
Le secret professionnel couvre tout ce que vous avez vu, entendu ou compris (jusqu'à 1 an d'emprisonnement et 15 000 € d'amende, et le procureur peut poursuivre sur un simple signalement){motif == 1 or motif == 2 or motif == 4 or motif == 6 or motif == 7:, et c'est au patient, ou à son représentant légal, de demander au juge de faire cesser l'atteinte : {motif == 1:M. Joubert lui-même|{motif == 2 or motif == 6:la tutrice de Mme Pernin|M. Marchal lui-même}} vous a {fem():mise|mis} en demeure}. #debrief
{etudiant():Le centre hospitalier a signalé les faits au directeur de l'institut, {motif == 5:qui peut saisir la section disciplinaire : un blâme est possible|qui peut prononcer un avertissement}.|Vous êtes fonctionnaire stagiaire : le directeur de l'hôpital envisage {motif == 5:un blâme|un avertissement}.} #debrief
Faites la liste de tout ce qui, sur une photo ou dans un texte, peut faire reconnaître un patient. #question
Quelle version de cette publication aurait été sans risque, et aurait-elle encore eu un intérêt ? #question
-> END

=== fin_zone_grise ===
Le jeudi suivant… #skip #time: 15:30 #date: jeudi 27 novembre
{ lead > 0:
    Camille, suite à notre entretien de mardi : le patient et sa famille ont été reçus par la direction. Je garde une trace de notre échange, sans autre suite pour vous. Mais je compte sur vous la prochaine fois. #from: helene #in: dm-helene
- else:
    Camille, passez me voir à l'occasion : on m'a parlé de photos prises pendant la nuit de samedi. Rien de grave, mais je préfère qu'on en parle. #from: helene #in: dm-helene
}
Dans son bureau,{etudiant(): avec Claire Fontaine, votre formatrice référente,} Hélène ne hausse pas le ton. Elle vous demande ce que vous auriez fait si c'était votre grand-mère dans ce lit, ou votre jambe sur cette photo. Vous n'avez pas de réponse toute prête. Elle vous laisse repartir avec le règlement intérieur et une phrase : « La prochaine fois, c'est vous qui direz non. »
#ending: zone-grise #title: Rien publié, mais… #severity: minor #refs: ri-etablissement, aphp-ri-2017, csp-r4312-5{motif == 1:, cp-226-1, cp-226-6}{motif == 5 or motif == 7 or motif == 8:, hds-messagerie}{etudiant():, csp-r4312-1}
#sanction: stage; entretien avec le formateur référent; ri-etablissement
#sanction: employeur; entretien avec la cadre; ri-etablissement
{
- motif == 1:
    Vous n'avez exposé personne en ligne, mais vous avez photographié la jambe de M. Marchal sans son accord, avec son bracelet, sur votre téléphone personnel : l'accord ne se présume pas, et sa chambre est un lieu privé. S'il l'apprenait, c'est à lui de décider s'il porte plainte ; la peine peut aller jusqu'à 1 an d'emprisonnement et 45 000 € d'amende. #debrief
- motif == 5:
    Vous n'avez exposé personne en ligne, mais une photo de plaie reste sur votre téléphone personnel, hors du dossier, là où elle peut se perdre ou se sauvegarder n'importe où. #debrief
- motif == 7:
    Vous aviez demandé son accord à M. Marchal, mais pris la photo avec votre téléphone personnel. Vous l'avez supprimée : c'était la bonne décision. Mais entre-temps elle était hors du dossier, sur un appareil qui se sauvegarde tout seul dans le nuage, et elle n'a jamais servi à son suivi. #debrief
- motif == 8:
    Vous aviez demandé son accord à M. Marchal, mais pris la photo avec votre téléphone personnel, puis vous l'avez envoyée par Bulle. Agnès participe à son suivi : lui demander son avis était juste. Mais la photo est passée par les serveurs d'une messagerie grand public : elle est sortie du service, même effacée ensuite. #debrief
- motif == 3:
    Personne ne la voit, mais l'image de M. Joubert, dans sa chambre, est conservée sur un réseau social, sans son accord, à un clic d'être partagée. #debrief
- else:
    Vous n'avez exposé personne vous-même, mais une photo de patient a circulé près de vous, et votre silence, ou votre rire, l'a laissée faire. #debrief
}
Une chambre d'hôpital est un lieu privé, et le règlement intérieur du centre hospitalier, comme celui de l'AP-HP, interdit de capter l'image d'une personne sans son autorisation expresse. #debrief
{etudiant():Un entretien avec la cadre et votre formatrice référente n'est pas une sanction : c'est la voie pédagogique, et il vous redit que le stage engage déjà votre responsabilité, car le code de déontologie s'applique aussi aux étudiants.|Un entretien avec la cadre n'est pas une sanction : il vous redit que veiller au respect des règles par ceux qui vous assistent fait partie de votre rôle.} #debrief
{
- motif == 2:
    Demander une suppression, en privé et tout de suite, aurait changé la suite. #debrief
- motif == 3:
    Une audience se change d'un clic : la seule photo sans risque est celle où aucun patient n'apparaît. #debrief
- else:
    Une photo de soin se prend avec l'outil de l'établissement et l'accord du patient, puis rejoint le dossier ; un avis se demande par le dossier ou une messagerie sécurisée de santé. #debrief
}
{motif == 2:Quelle phrase simple auriez-vous pu dire, sur le moment, pour que la photo disparaisse ?|Qu'auriez-vous dû demander, et à qui, avant de sortir votre téléphone ?} #question
Que deviennent les photos de votre téléphone quand il est sauvegardé, perdu ou prêté ? #question
-> END

=== fin_partage ===
Une semaine plus tard… #skip #time: 20:10 #date: jeudi 27 novembre
{ partage == 1:
    Votre texte sur la nuit a été partagé par des collègues d'autres hôpitaux, et une infirmière de réanimation vous remercie : « C'est exactement ça. » #notif: social
- else:
    Douze collègues se sont inscrits au webinaire grâce à votre publication. Agnès vous écrit : « Merci pour le relais ! » #notif: social
}
{ fiche == 2 || fiche == 4:
    M. Marchal est sorti hier. Sur sa table de nuit, il a laissé un mot pour l'équipe : « Merci de m'avoir demandé mon avis, même pour une photo. Bon vent. »
- else:
    M. Marchal est sorti hier. Sur sa table de nuit, il a laissé un mot pour l'équipe : « Merci pour tout, et bon vent. »
}
#ending: partage-reussi #title: Un réseau social bien utilisé #severity: exemplary #refs: csp-r4312-49, cp-226-1{not etudiant():, csp-r4312-68-1}
#sanction: aucune
{
- fiche == 2 || fiche == 4:
    La photo de plaie est devenue une fiche de formation qui ne permet pas d'identifier le patient : c'est ce qu'exige le code de déontologie pour un cas d'enseignement. Son accord écrit, en plus, est une bonne pratique : il sait à quoi sert sa photo. #debrief
- fiche == 1 || fiche == 3:
    Votre transmission est devenue une fiche de formation qui ne permet pas d'identifier le patient : c'est ce qu'exige le code de déontologie pour un cas d'enseignement. #debrief
- else:
    Aucune photo de patient n'est sortie du service : chaque image de soin est restée là où elle devait être. #debrief
}
{ froid:
    Vous n'avez publié aucun patient, et la photo de Mme Pernin a disparu parce que vous avez cherché de l'aide hors du groupe plutôt que de vous taire. Cela vous a coûté : Théo ne vous parle plus, et votre tutrice vous en veut de ne pas être {fem():venue|venu} la voir d'abord ; Claire Fontaine sera là à votre bilan de stage. #debrief
- else:
    Vous n'avez publié aucun patient, et vous avez demandé tout de suite que la photo de Mme Pernin disparaisse : personne n'a été exposé par vous. #debrief
}
{fiche >= 3:Vous aviez pourtant proposé de {fiche == 3:copier la transmission telle quelle|publier sa photo} sur Cercle : c'est Agnès qui a dit non.} #debrief
Puis vous avez montré le bon côté des réseaux : parler du métier et partager un savoir utile, sans qu'aucun patient ne soit reconnaissable. #debrief
Quelles règles simples proposeriez-vous à une équipe pour les photos prises dans le service ? #question
{froid:Quand la tutrice rit de la photo, à qui un étudiant peut-il s'adresser, et comment garder ensuite la relation ?|Quel contenu professionnel aimeriez-vous trouver sur un réseau social, et qui peut le produire sans risque ?} #question
-> END

=== fin_vigilance ===
Une semaine plus tard… #skip #time: 20:10 #date: jeudi 27 novembre
Mme Pernin est rentrée chez elle ce matin. En partant, elle a pris la main de Théo : « C'est vous qui chantiez avec moi ? » Théo a rougi, et il a chanté le premier couplet avec elle, dans le couloir.
Sa petite-fille, Manon, a laissé une boîte de chocolats au poste de soins, avec un mot : « Merci d'avoir pris soin d'elle comme de quelqu'un. »
#ending: vigilance #title: La photo qui n'a pas circulé #severity: exemplary #refs: cp-226-1, cp-226-2, cp-226-6, csp-r4312-3
#sanction: aucune
{ froid:
    Une patiente endormie ne peut ni accepter ni refuser : face à une tutrice qui riait, vous avez cherché de l'aide, à l'IFSI ou auprès de la cadre, et la photo a été supprimée avant de circuler. #debrief
- else:
    Une patiente endormie ne peut ni accepter ni refuser : vous avez demandé la suppression de sa photo tout de suite, sans humilier personne, et elle n'a jamais circulé. #debrief
}
Une chambre d'hôpital est un lieu privé : y capter sans son accord l'image d'une personne peut valoir jusqu'à 1 an d'emprisonnement et 45 000 € d'amende, sur plainte de la personne ou de son représentant légal. #debrief
Vous avez aussi gardé les patients hors de vos publications et de vos légendes : rien de ce que vous avez partagé ne permettait de reconnaître quelqu'un.{fiche >= 3: Vous aviez pourtant proposé de {fiche == 3:copier la transmission telle quelle|publier la photo de plaie} sur Cercle : c'est Agnès qui a dit non.} #debrief
{froid:Cela a eu un prix : Théo ne vous dit plus bonjour, et votre tutrice vous en veut de ne pas être {fem():venue|venu} la voir d'abord ; Claire Fontaine sera à votre bilan de stage.|{fiche > 0:Et une fiche de formation anonymisée est née de cette nuit : le bon côté du partage.|Ne rien publier ensuite était un choix respectable ; les réseaux peuvent aussi servir la profession, quand on y partage sans exposer personne.}} #debrief
{froid:Quand la tutrice rit de la photo, à qui un étudiant peut-il s'adresser, et comment garder ensuite la relation ?|Comment dire « supprime-la » à un collègue, ou à sa tutrice, sans le mettre en faute devant tout le monde ?} #question
Qu'est-ce qui, dans une équipe, fait qu'une telle photo paraît normale ? #question
-> END
