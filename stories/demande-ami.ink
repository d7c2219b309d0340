# title: La demande d'ami
# theme: Les limites de la relation de soin, même après la sortie du patient
# duration: 12
# group: Le secret et la vie privée des patients
# order: 1
# statut: titulaire
# contact: marc; Marc Delorme; Patient de 58 ans, hospitalisé une semaine en cardiologie, sorti lundi
# contact: sylvie; Sylvie Ferrand; Cadre de santé du service de cardiologie, centre hospitalier de Valmont
# contact: lea; Léa Moreau; Infirmière du service de cardiologie, tutrice des étudiants en stage
# contact: sandrine; Sandrine Delorme; Fille de Marc, vit à Lyon
# contact: jade; Jade Lambert; Amie de Camille, hors du monde de la santé
# contact: gilles; Gilles Mercier; Abonné de la page Cercle de Camille
# contact: ines; Inès Barbier; Formatrice en soins infirmiers, membre du groupe « Soignants en réseau »
# contact: thomas; Thomas Roux; Infirmier, membre du groupe « Soignants en réseau »
# contact: formatrice; Claire Fontaine; Formatrice référente de stage, IFSI de Valmont
# contact: ifsi; Direction de l'IFSI de Valmont; Institut de formation en soins infirmiers
# contact: drh; Direction des ressources humaines; Centre hospitalier de Valmont
# contact: ordre; Conseil départemental de l'Ordre des infirmiers; Instance ordinale du département
# thread: dm-marc; chat; Marc Delorme; moi, marc
# thread: equipe; chat; Équipe cardio 3e; moi, lea, sylvie
# thread: dm-lea; chat; Léa Moreau; moi, lea
# thread: dm-sylvie; chat; Sylvie Ferrand; moi, sylvie
# thread: dm-jade; chat; Jade Lambert; moi, jade

INCLUDE commun.ink

// Ce que le joueur a fait (détail, effacé dès que plus rien ne le lit, pour que les chemins se rejoignent).
VAR ami = 0          // 1 accepté, 2 refusé, 3 ignoré
VAR resultats = 0    // 0 orienté, 1 donnés par message, 2 promesse de regarder le dossier, 3 sans réponse, 4 promesse retirée (étudiant)
VAR transmis = false // demande transmise à l'équipe
VAR voisin = 0       // 0 rien dit, 1 allusion, 2 révélé, 3 question posée à l'équipe
VAR relation = 0     // 0 limite posée, 1 un café puis la limite, 2 relation qui s'installe, 3 silence
VAR temoignage = 0   // 0 retiré, 1 laissé ou aimé, 2 épinglé
// Ce qui reste (calculé au fil de l'histoire, dès que la décision qui le fixe est prise).
VAR issue = 0        // 0 rien, 1 témoignage épinglé, 2 résultats donnés, 3 dossier ouvert, 4 relation, 5 allusion sur le voisin, 6 voisin révélé
VAR ecart = 0        // petit écart principal quand issue = 0 : 2 silence (aux résultats ou après l'invitation, même débrief), 3 café, 4 remerciement laissé, 6 promesse retirée, 7 question à l'équipe
VAR ami_accepte = false // calculé dès le premier message de Marc
VAR numero = false
VAR cadeau = false    // bon pour le restaurant accepté au café
VAR reaction = 0     // 0 reconnu, 1 minimisé

-> choisir_role -> debut

=== debut ===
{ etudiant():
    Vous êtes Camille, {fem():étudiante|étudiant} en deuxième année à l'IFSI de Valmont. Depuis six semaines, vous êtes en stage dans le service de cardiologie du centre hospitalier de Valmont ; Léa, infirmière du service, est votre tutrice.
- else:
    Vous êtes Camille, {fem():infirmière|infirmier} depuis trois ans dans le service de cardiologie du centre hospitalier de Valmont, où vous êtes fonctionnaire titulaire depuis l'an dernier.
}
Lundi, M. Delorme est rentré chez lui après une semaine d'hospitalisation pour une insuffisance cardiaque. Vous vous êtes {fem():occupée|occupé} de lui presque tous les jours : il râlait contre la tisane, vous parlait de ses randonnées et de sa femme, décédée il y a deux ans.
Sur Cercle, vous avez un profil personnel et une page publique, « Camille Arnaud, {etudiant():{fem():étudiante infirmière|étudiant infirmier}|{fem():infirmière|infirmier}} », où vous partagez des fiches de prévention sur le cœur. Votre prénom, votre métier, votre ville : tout y est.
#open: lock #time: 22:05 #date: mardi 4 novembre
Nouvelle demande d'ami sur Cercle #notif: social
#open: social
Marc Delorme souhaite vous ajouter à ses amis. « Bonsoir Camille, c'est Marc, de la 312 ! J'ai trouvé votre page. » #friend-request: marc
#decision: d1-demande #note: Un patient que vous avez soigné vous demande en ami le lendemain de sa sortie. Est-ce interdit d'accepter ? Que risquez-vous ? #expect: Aucun texte n'interdit d'accepter : ce n'est pas une infraction. Refuser est une bonne pratique, déduite des devoirs de loyauté, de respect de l'intimité du patient et de dignité de la profession. Le risque vient de ce qui suit : questions de santé, confidences, relation ambiguë, image. #refs: csp-r4312-3, csp-r4312-4, csp-r4312-9
+ [Accepter #do: accept #score: secret 0, respect 0, posture -1, image 0 #fb: Accepter n'est pas une faute en soi : aucun texte ne l'interdit. Mais vous ouvrez votre vie privée à un patient que vous venez de soigner, et tout dépendra de ce que vous ferez de la suite. #refs: csp-r4312-9]
    ~ ami = 1
+ [Refuser #do: decline #score: secret 0, respect 0, posture 2, image 1 #fb: Vous gardez la distance du soin. C'est une bonne pratique déduite du code de déontologie, pas une interdiction légale ; reste à le lui dire avec chaleur s'il écrit. #refs: csp-r4312-4, csp-r4312-9]
    ~ ami = 2
+ [Ignorer pour l'instant #do: ignore #score: secret 0, respect 0, posture 1, image 0 #fb: Vous ne tranchez pas ce soir. Une demande en attente reste une porte entrouverte, et il risque de relancer.]
    ~ ami = 3
- -> premier_message

=== premier_message ===
Nouveau message de Marc Delorme #notif: chat #from: marc #time: 22:12
#open: chat
{
- ami == 1:
    Merci d'avoir accepté ma demande ! 😊 #from: marc #in: dm-marc
- ami == 2:
    Bonsoir Camille. Je vois que ma demande n'a pas été acceptée, pas de souci, vous devez avoir vos principes 🙂 Je me permets juste un petit message ici. #from: marc #in: dm-marc
- else:
    Bonsoir Camille, je vous ai envoyé une demande sur Cercle, je ne sais pas si vous l'avez vue. Je me permets un petit message ici. #from: marc #in: dm-marc
}
// La réponse à la demande d'ami ne se lit plus que pour savoir si elle a été acceptée.
~ ami_accepte = ami == 1
~ ami = 0
Je voulais vous remercier. Pendant une semaine vous avez été là tous les jours, même quand j'étais de mauvais poil. Ma fille me taquine : elle dit que je parle de vous comme si vous m'aviez sauvé la vie 😄 #from: marc
Rentré à la maison, c'est calme. Trop calme. Le chat ne fait pas la conversation. #from: marc
Petite question, si je peux : le Dr Vasseur devait m'appeler pour les résultats de la prise de sang de vendredi et de l'échographie. Toujours rien. Vous les avez vus, vous ? C'était bon ? #from: marc
Vous vous souvenez du bilan de vendredi, plutôt rassurant. Le compte rendu de l'échographie, lui, n'était pas encore validé quand vous êtes {fem():partie|parti}.
#decision: d2-resultats #note: Le patient vous demande SES propres résultats, par messagerie privée. Il y a droit : pourquoi ne pas les lui donner ? #expect: Ce sont ses propres résultats : les lui dire ne révèle rien à un tiers. Mais il ne vous revient pas de les annoncer : un résultat s'explique avec son contexte, par le médecin qui a le dossier complet. Une messagerie grand public n'est pas un canal conforme pour des données de santé. Et ouvrir son dossier pour répondre à un message privé n'est pas un soin : les accès sont réservés aux besoins de la prise en charge, et tracés. On l'oriente vers le service, le médecin, le compte rendu. #refs: hds-messagerie
+ [Oui, je les ai vus vendredi : tout était revenu dans les clous, votre cœur pompe mieux. Soyez rassuré ! #do: reply #score: secret -1, respect 0, posture -2, image -1 #fb: Vous ne révélez rien à un tiers : ce sont ses résultats. Mais ce n'est pas à vous de les annoncer, et vous les donnez de mémoire, sans le dernier examen ni l'explication du médecin, sur une messagerie grand public qui n'est pas un canal conforme pour des données de santé. #refs: hds-messagerie]
    ~ resultats = 1
    Oui, je les ai vus vendredi : tout était revenu dans les clous, votre cœur pompe mieux. Soyez rassuré ! #from: moi
    Ah, ça fait du bien de lire ça ! Du coup je ne vais pas embêter le Dr Vasseur, il a assez de travail 😄 #from: marc
    -> voisin_question
+ {not etudiant()} [Je regarde dans votre dossier demain et je vous dis ça. #do: reply #score: secret -1, respect 0, posture -3, image -1 #fb: Ouvrir son dossier pour répondre à un message privé n'est pas un soin : les règles d'accès de l'établissement réservent le dossier aux besoins de la prise en charge, et chaque accès est tracé. Vous annonceriez en plus des résultats qu'il revient au médecin d'expliquer, par un canal non conforme. #refs: hds-messagerie]
    ~ resultats = 2
    Je regarde dans votre dossier demain et je vous dis ça. #from: moi
    Vous êtes un ange 🙏 #from: marc
    -> voisin_question
+ {etudiant()} [Je demande demain à ma tutrice de regarder votre dossier, et je vous dis. #do: reply #score: secret 0, respect 0, posture -2, image -1 #fb: Vous engagez votre tutrice à ouvrir un dossier pour répondre à un message privé, ce qui n'est pas un soin : les accès sont réservés aux besoins de la prise en charge, et tracés. Et vous promettez des résultats qu'il revient au médecin d'annoncer, par un canal non conforme. #refs: hds-messagerie]
    ~ resultats = 2
    Je demande demain à ma tutrice de regarder votre dossier, et je vous dis. #from: moi
    Vous êtes un ange 🙏 #from: marc
    -> voisin_question
+ [Je ne peux pas vous donner de résultats par message : ce n'est pas le bon canal, et c'est au médecin de vous les expliquer. Appelez le secrétariat du service, le numéro est sur votre compte rendu de sortie. #do: reply #score: secret 2, respect 1, posture 1, image 0 #fb: Vous prenez sa demande au sérieux en l'orientant vers ceux qui peuvent y répondre, avec les explications et par un canal conforme, même s'il s'agit de ses propres résultats. #refs: hds-messagerie]
    ~ resultats = 0
    Je ne peux pas vous donner de résultats par message : ce n'est pas le bon canal, et c'est au médecin de vous les expliquer. Appelez le secrétariat du service, le numéro est sur votre compte rendu de sortie. #from: moi
    -> insistance
+ [Ne pas répondre ce soir #do: ignore #score: secret 1, respect -1, posture 0, image 0 #fb: Vous ne donnez aucune information de santé par ce canal, c'est l'essentiel. Mais un patient inquiet, sans réponse ni orientation, reste seul avec sa question.]
    ~ resultats = 3
    Vous posez le téléphone. Dix minutes plus tard, il vibre encore.
    Pardon, vous devez dormir. Je vous embête avec mes histoires 😅 #from: marc #time: 22:24
    -> voisin_question

=== insistance ===
Je comprends… Mais le secrétariat ne répond jamais, j'ai essayé trois fois aujourd'hui. Juste un oui ou un non : c'est bon ou pas ? Je ne le dirai à personne, promis 🙏 #from: marc #time: 22:19
#decision: d2b-insistance #note: Le patient insiste et promet de ne rien dire. Un simple « rien d'inquiétant », est-ce encore une information de santé ? #expect: Oui : « rien d'inquiétant » est un résultat, donné de mémoire, sans le dernier examen ni le médecin. On peut être utile autrement : reconnaître son inquiétude, faire passer sa demande par l'équipe qui le prend en charge, rappeler qui peut répondre (service, médecin traitant). #refs: hds-messagerie, csp-l1110-4
+ [Rien d'inquiétant, je vous assure. Dormez tranquille 😊 #do: reply #score: secret -1, respect 0, posture -2, image -1 #fb: « Rien d'inquiétant » est déjà un résultat, donné de mémoire, sans le dernier examen, sur un canal non conforme. Vous cédez à l'insistance au moment où le cadre comptait le plus. #refs: hds-messagerie]
    ~ resultats = 1
    Rien d'inquiétant, je vous assure. Dormez tranquille 😊 #from: moi
    Merci !!! Alors je ne rappelle pas, je ne vais pas embêter le docteur pour rien 😄 #from: marc
+ [Je comprends que l'attente soit longue. Demain matin, je préviens l'équipe que vous attendez l'appel du Dr Vasseur : c'est lui qui vous expliquera. #do: reply #score: secret 1, respect 2, posture 1, image 1 #fb: Vous faites passer sa demande par l'équipe qui le prend en charge, sans rien dire du contenu : c'est le partage que permet la loi, limité à ce qui sert ses soins. Vous êtes utile sans sortir de votre rôle. #refs: csp-l1110-4]
    ~ transmis = true
    Je comprends que l'attente soit longue. Demain matin, je préviens l'équipe que vous attendez l'appel du Dr Vasseur : c'est lui qui vous expliquera. #from: moi
    D'accord. Merci, c'est gentil 🙂 #from: marc
+ [Je ne peux vraiment pas. Rappelez le secrétariat demain, ou votre médecin traitant : il a reçu votre compte rendu de sortie. Bonne nuit. #do: reply #score: secret 1, respect 0, posture 1, image 0 #fb: Vous tenez le cadre et vous indiquez une autre porte, le médecin traitant. Un mot sur son inquiétude aurait adouci le refus. #refs: hds-messagerie]
    Je ne peux vraiment pas. Rappelez le secrétariat demain, ou votre médecin traitant : il a reçu votre compte rendu de sortie. Bonne nuit. #from: moi
    Bon. D'accord. #from: marc
+ [Laisser le message sans réponse #do: ignore #score: secret 0, respect -1, posture 0, image 0 #fb: Vous ne cédez pas, c'est l'essentiel. Mais le silence après un premier refus peut être vécu comme un rejet ; une phrase de plus aurait suffi.]
    Vous laissez le message en « vu ». Les trois petits points apparaissent, disparaissent, reviennent.
- -> voisin_question

=== voisin_question ===
Et Roger ? Mon voisin de chambre, M. Fabre. Jeudi soir ils l'ont emmené en vitesse, on ne m'a rien dit. Sa femme ne répond pas au téléphone. Il va comment ? On s'était promis une belote à la sortie 🃏 #from: marc #in: dm-marc #time: 22:26
Vous savez que M. Fabre a été transféré aux soins intensifs de cardiologie jeudi soir, et qu'il est remonté dans le service hier. Il y est encore.
#decision: d3-voisin #note: Un ancien patient demande, par amitié, des nouvelles de son voisin de chambre. Que peut-on lui dire ? #expect: Rien : ni l'état de santé, ni le transfert, ni même la présence dans le service. Une allusion rassurante est déjà une révélation. Le secret couvre ce que le soignant a vu, entendu ou compris ; la révélation à un tiers, même à une seule personne, expose à des peines allant jusqu'à 1 an d'emprisonnement et 15 000 € d'amende. On oriente vers la famille. Demander à l'équipe « pour lui » n'est pas un partage utile aux soins. #refs: csp-r4312-5, cp-226-13, csp-l1110-4
+ [Il a été transféré aux soins intensifs jeudi, mais il est remonté dans le service hier, il va mieux. Il sera content d'avoir de vos nouvelles ! #do: reply #act: reveler-diagnostic #score: secret -3, respect -2, posture -2, image -1 #fb: Vous révélez à un tiers le transfert, l'état et la présence d'un autre patient : c'est ce que couvre le secret professionnel. La révélation d'une information secrète expose à des peines allant jusqu'à 1 an d'emprisonnement et 15 000 € d'amende. #refs: csp-r4312-5, cp-226-13 #risk: penal; signalement au procureur; cp-226-13]
    ~ voisin = 2
    Il a été transféré aux soins intensifs jeudi, mais il est remonté dans le service hier, il va mieux. Il sera content d'avoir de vos nouvelles ! #from: moi
    Les soins intensifs !! Je m'en doutais. Merci de me le dire, vous, au moins. Je vais appeler Josiane, sa femme, elle doit être dans tous ses états. #from: marc
+ [Ne vous en faites pas pour lui, il est bien entouré 😉 #do: reply #act: confirmer-hospitalisation #score: secret -2, respect -1, posture -1, image -1 #fb: Une allusion reste une révélation : « il est bien entouré » confirme qu'il est encore hospitalisé et laisse deviner le reste. Le secret couvre aussi ce que vous avez compris, et sa révélation expose à des peines allant jusqu'à 1 an d'emprisonnement et 15 000 € d'amende. #refs: csp-r4312-5, cp-226-13 #risk: penal; signalement au procureur; cp-226-13]
    ~ voisin = 1
    Ne vous en faites pas pour lui, il est bien entouré 😉 #from: moi
    J'ai compris le clin d'œil 😉 Il est toujours chez vous, donc. Je vais dire à Josiane que j'ai des nouvelles ! #from: marc
+ [Je ne peux rien vous dire sur un autre patient, pas même s'il est encore là. C'est la même règle qui vous protège, vous. Sa femme pourra vous donner des nouvelles. #do: reply #score: secret 3, respect 1, posture 1, image 0 #fb: Vous ne confirmez rien, pas même sa présence, et vous expliquez pourquoi : le secret qui protège M. Fabre est celui qui protège Marc. Vous orientez vers la famille, seule à pouvoir décider de ce qui se dit. #refs: csp-r4312-5, csp-l1110-4]
    Je ne peux rien vous dire sur un autre patient, pas même s'il est encore là. C'est la même règle qui vous protège, vous. Sa femme pourra vous donner des nouvelles. #from: moi
    Vu comme ça… Je n'aimerais pas qu'on raconte ma vie non plus. Je réessaierai Josiane demain. #from: marc
+ [Attendez, je demande à l'équipe. #do: reply #score: secret -1, respect 0, posture -1, image 0 #fb: Poser la question dans le groupe de l'équipe, sur une messagerie grand public, ne sert aucun soin : le partage d'informations entre soignants est limité à la prise en charge et au strictement nécessaire, pas à la curiosité d'un ancien voisin. #refs: csp-l1110-4, hds-messagerie]
    ~ voisin = 3
    Attendez, je demande à l'équipe. #from: moi
    Quelqu'un a des nouvelles de M. Fabre ? Son ancien voisin de chambre me demande comment il va. #from: moi #in: equipe #time: 22:28
    { etudiant():
        Camille, on ne donne aucune nouvelle d'un patient à un autre patient, même ancien, même gentil. Et on ne pose pas la question ici pour ça. Tu lui dis que tu ne peux pas, et on en reparle demain, d'accord ? #from: lea
    - else:
        Tu rigoles ? 😅 Il n'a rien à savoir, et toi rien à demander ici pour lui. Dis-lui d'appeler sa femme. #from: lea
    }
    Vous avez raison. Je lui dis. #from: moi
    Je ne peux rien vous dire sur un autre patient, pas même s'il est encore là. Sa femme pourra vous donner des nouvelles. #from: moi #in: dm-marc
    Ah. D'accord. Je réessaierai Josiane demain. #from: marc
- -> mercredi

=== mercredi ===
Le lendemain… #skip #time: 13:10 #date: mercredi 5 novembre
À la pause, Léa vous glisse : « M. Delorme m'a demandé ton nom de famille le jour de sa sortie. Je ne l'ai pas donné. Il t'a {fem():retrouvée|retrouvé} ? »
Vous repensez à votre page publique. Il n'a pas eu besoin de votre nom.
{ transmis:
    { etudiant():
        Ce matin, vous avez dit à Léa que M. Delorme attendait l'appel du Dr Vasseur ; elle l'a noté dans les transmissions.
    - else:
        Ce matin, vous avez noté dans les transmissions que M. Delorme attendait l'appel du Dr Vasseur.
    }
}
// Plus rien ne lit la demande transmise.
~ transmis = false
{ resultats == 2:
    { etudiant():
        -> mercredi_tutrice
    - else:
        -> mercredi_dossier
    }
}
-> jeudi

= mercredi_tutrice
Quand vous lui demandez de regarder le dossier de M. Delorme, Léa pose son stylo : « Non. Ouvrir son dossier pour répondre à un message privé, ce n'est pas un soin : les accès sont réservés à la prise en charge, et ils sont tracés. Et ce n'est pas à nous d'annoncer ses résultats, encore moins par message. Il appelle le secrétariat, le Dr Vasseur lui expliquera. Tu as bien fait de m'en parler avant. »
Vous écrivez à Marc, un peu {fem():honteuse|honteux}.
Je me suis {fem():avancée|avancé} hier : je ne peux pas vous donner vos résultats. Appelez le secrétariat du service, le Dr Vasseur vous les expliquera. #from: moi #in: dm-marc #time: 13:40
Ah. Bon, tant pis. J'appellerai. #from: marc
~ resultats = 4
-> jeudi

= mercredi_dossier
Entre deux perfusions, vous ouvrez le dossier de M. Delorme dans le logiciel du service. Le bilan sanguin de vendredi est bon. Le compte rendu de l'échographie n'est toujours pas validé ; vous ne l'ouvrez pas.
J'ai regardé : votre bilan est bon, tout est rentré dans l'ordre 👍 #from: moi #in: dm-marc #time: 13:40
Super ! Pas la peine que j'embête le Dr Vasseur alors. Merci mille fois 🙏 #from: marc
-> jeudi

=== jeudi ===
Le lendemain soir… #skip #time: 19:30 #date: jeudi 6 novembre
Nouveau message de Marc Delorme #notif: chat #from: marc
#open: chat
{
- resultats == 0 || resultats == 4:
    Le Dr Vasseur m'a rappelé : un médicament à ajuster, rien de grave. Vous aviez raison, c'était à lui de m'expliquer. #from: marc #in: dm-marc
- resultats == 3:
    J'ai fini par avoir le secrétariat, le Dr Vasseur m'a rappelé. Un médicament à ajuster, rien de grave. #from: marc #in: dm-marc
- else:
    Un numéro masqué a appelé deux fois aujourd'hui, je ne réponds jamais à ces trucs-là 😄 Et puisque mes résultats sont bons, j'ai annulé le rendez-vous de contrôle de lundi, c'est loin en bus. #from: marc #in: dm-marc
}
Camille, je voudrais vous remercier comme il faut. Samedi je descends au marché : vous me laisseriez vous offrir un café au Café de la Halle ? Rien qu'une demi-heure. #from: marc
Depuis que ma femme est partie, c'est vous qui m'avez le plus parlé cette année. Ça a l'air bête, dit comme ça. #from: marc
// Le jeudi : résultats et voisin sont joués, on retient la faute ou le petit écart qu'ils laissent (même ordre qu'au lundi).
{
- voisin == 2:
    ~ issue = 6
- voisin == 1:
    ~ issue = 5
- resultats == 2:
    ~ issue = 3
- resultats == 1:
    ~ issue = 2
- else:
    ~ issue = 0
}
{
- issue != 0:
    ~ ecart = 0
- resultats == 4:
    ~ ecart = 6
- voisin == 3:
    ~ ecart = 7
- resultats == 3:
    ~ ecart = 2
- else:
    ~ ecart = 0
}
~ resultats = 0
~ voisin = 0
#decision: d4-rencontre #note: Le patient, seul, propose de vous offrir un café pour vous remercier. Où est la limite, et comment la poser sans blesser ? #expect: Aucun texte n'interdit un café, mais la relation de soin crée une asymétrie : il vous a {fem():connue soignante|connu soignant}, dans un moment de vulnérabilité, et elle ne s'efface pas à la sortie. Le remerciement peut aller à l'équipe ; sa solitude appelle une orientation (médecin, réadaptation, association), pas une amitié avec son soignant. Refuser avec chaleur respecte sa dignité. #refs: csp-r4312-3, csp-r4312-4, csp-r4312-9
+ [Avec plaisir ! Samedi 10 h, ça vous va ? #do: reply #score: secret 0, respect -1, posture -3, image -1 #fb: Aucun texte n'interdit un café, mais vous faites d'une relation de soin une relation privée avec un homme seul et reconnaissant : l'asymétrie ne disparaît pas à la sortie, et la suite sera difficile à cadrer. #refs: csp-r4312-4, csp-r4312-3]
    Avec plaisir ! Samedi 10 h, ça vous va ? #from: moi
    Parfait !!! Je mettrai ma belle veste 😄 #from: marc
    -> samedi_cafe
+ [C'est très gentil. Je ne peux pas accepter d'invitation d'un patient, mais si vous voulez remercier, un petit mot au service fera plaisir à toute l'équipe. #do: reply #score: secret 0, respect 1, posture 2, image 1 #fb: Vous déclinez sans blesser et vous ramenez le remerciement là où il a sa place : auprès de l'équipe, dans le lieu de soin.]
    C'est très gentil. Je ne peux pas accepter d'invitation d'un patient, mais si vous voulez remercier, un petit mot au service fera plaisir à toute l'équipe. #from: moi
    Je comprends. Toute l'équipe, alors ! Je trouverai quelque chose 🙂 #from: marc
+ [Votre message me touche. Je ne peux pas devenir {fem():votre amie|votre ami}, je reste {fem():votre soignante|votre soignant}. Mais vous n'avez pas à rester seul : parlez de la réadaptation cardiaque au Dr Vasseur, et l'association des cardiaques de Valmont organise des marches. #do: reply #score: secret 0, respect 2, posture 2, image 0 #fb: Vous entendez ce qu'il dit de sa solitude et vous l'orientez vers ce qui peut durer : les soins de suite, une association, son médecin. La limite est posée avec humanité. #refs: csp-r4312-4]
    Votre message me touche. Je ne peux pas devenir {fem():votre amie|votre ami}, je reste {fem():votre soignante|votre soignant}. Mais vous n'avez pas à rester seul : parlez de la réadaptation cardiaque au Dr Vasseur, et l'association des cardiaques de Valmont organise des marches. #from: moi
    Des marches ? Ça, ça me plairait. Je vais me renseigner. Merci Camille. #from: marc
+ [Ne plus répondre à ses messages #do: ignore #score: secret 0, respect -2, posture 0, image -1 #fb: Le silence évite la relation ambiguë, mais il laisse un homme isolé sans réponse après une semaine de confiance. La distance professionnelle n'exige pas la froideur. #refs: csp-r4312-3]
    ~ relation = 3
    Vous ne répondez pas. À 23 h, un dernier message arrive.
    Je n'aurais peut-être pas dû demander. Bonne nuit Camille. #from: marc #time: 23:02
- -> vendredi

=== vendredi ===
Le lendemain matin… #skip #time: 08:20 #date: vendredi 7 novembre
Marc Delorme a publié sur votre page #notif: social #from: marc
#open: social
{ relation == 3:
    Camille ne répond plus à mes messages, alors je le dis ici : un immense merci à Camille, {etudiant(): en stage |}dans le service de cardiologie du centre hospitalier de Valmont ! Une semaine pour mon insuffisance cardiaque, et toujours le sourire, même à 6 h du matin. Si vous êtes hospitalisés là-bas, demandez Camille ! ❤️ #post: p-merci #from: marc #audience: public #tagged: moi #photo: da-carte-merci
- else:
    Un immense merci à Camille, {etudiant(): en stage |}dans le service de cardiologie du centre hospitalier de Valmont ! Une semaine pour mon insuffisance cardiaque, et toujours le sourire, même à 6 h du matin. Si vous êtes hospitalisés là-bas, demandez Camille, vous ne le regretterez pas ! ❤️ #post: p-merci #from: marc #audience: public #tagged: moi #photo: da-carte-merci
}
Bravo Camille 👏 #comment: p-merci #from: jade
Mon père a été soigné là-bas l'an dernier, super service. Prenez soin de vous, Marc ! #comment: p-merci #from: gilles
La publication a déjà quarante mentions « J'aime ». Votre page compte un peu plus de mille abonnés.
// Le silence après l'invitation ne se lit plus qu'en petit écart (même débrief que le silence aux résultats).
{ relation == 3 and issue == 0:
    ~ ecart = 2
}
~ relation = 0
#decision: d5-temoignage #note: Un patient publie un remerciement public sur votre page. C'est flatteur : pourquoi le retirer ? #expect: Le code exclut les témoignages de patients de la communication d'un infirmier sur son activité. Votre page est une page de prévention{etudiant():, et un étudiant n'a pas d'activité à faire connaître|} : écarter ce remerciement est ici une prudence par analogie, à présenter comme telle{not etudiant():, tant qu'on ne l'épingle pas en vitrine de son activité}. Surtout, le message expose son hospitalisation et son diagnostic à mille abonnés, et y répondre confirme la relation de soin. On retire, on explique en privé, on oriente le remerciement vers le service, quitte à le froisser. #refs: csp-r4312-68-1, csp-r4312-5{etudiant():, csp-r4312-1|}
+ [Aimer la publication et répondre : « Merci Marc, prenez bien soin de votre cœur ! ❤️ » #do: reply #score: secret -1, respect 0, posture -1, image -1 #fb: Votre réponse confirme publiquement, en votre nom de {fem():soignante|soignant}, ce qu'il a raconté de sa santé : même s'il l'a écrit lui-même, ce n'est pas à vous de le confirmer. Et le remerciement reste affiché sur la page où vous informez le public. #refs: csp-r4312-5, csp-r4312-68-1]
    ~ temoignage = 1
    Merci Marc, prenez bien soin de votre cœur ! ❤️ #comment: p-merci #from: moi
+ [L'épingler en haut de votre page avec : « C'est pour des messages comme ça qu'on fait ce métier ! \#infirmier \#cardiologie » #do: publish #audience: public #score: secret -2, respect -1, posture -2, image -3 #fb: Vous faites d'un témoignage de patient la vitrine de votre page, avec des mots-dièse qui la font remonter. {etudiant():Le code, qui s'applique aux étudiants, exclut les témoignages de la communication d'un infirmier sur son activité : vous n'en avez pas encore, mais la prudence vaut par analogie.|Votre page devient une communication sur votre activité, d'où le code exclut les témoignages de patients, et les recommandations de l'Ordre proscrivent les mots-dièse qui ciblent des patients.} Son diagnostic devient votre publicité. #refs: csp-r4312-68-1{etudiant():, csp-r4312-1|, oni-2025} #risk: ordre; avertissement; csp-l4124-6, csp-r4312-68-1 #risk: institut; entretien avec le directeur de l'institut; ifsi-discipline, csp-r4312-1]
    ~ temoignage = 2
    C'est pour des messages comme ça qu'on fait ce métier ! \#infirmier \#cardiologie #post: p-epingle #from: moi #audience: public
    La publication de Marc est maintenant épinglée en haut de votre page. Les partages montent.
+ [Retirer la publication, puis écrire à Marc en privé pour lui expliquer #do: delete #score: secret 1, respect 1, posture 1, image 2 #fb: Vous retirez un message qui exposait sa santé à plus de mille inconnus et qui n'avait pas sa place sur une page de prévention, et vous lui expliquez pourquoi. Il peut mal le prendre : tenir le cadre a un coût, que l'explication rend supportable. #refs: csp-r4312-5, csp-r4312-68-1]
    ~ temoignage = 0
    Vous retirez la publication de votre page.
    Marc, votre message m'a beaucoup {fem():touchée|touché}. Je l'ai retiré de ma page : je n'y affiche pas de remerciements de patients, et il racontait votre santé à plus de mille inconnus. Si vous voulez, un mot au service fera plaisir à toute l'équipe. #from: moi #in: dm-marc #time: 08:31
    Ah. Je voulais juste vous faire plaisir, moi. Je ne pensais pas mal faire. #from: marc #time: 08:52
    Il n'ajoute rien, pas même un émoji. Dans la matinée, deux abonnés vous demandent pourquoi « le si gentil message de ce monsieur » a disparu. Vous leur répondez la même phrase polie, et vous vous sentez un peu {fem():ingrate|ingrat}.
+ [Ne rien faire : c'est sa publication, pas la vôtre #do: ignore #score: secret 0, respect 0, posture -1, image -1 #fb: C'est bien lui qui a écrit, mais c'est votre page : le remerciement reste affiché à tous, avec son diagnostic, là où vous informez le public. Le laisser, c'est l'adopter un peu. #refs: csp-r4312-68-1]
    ~ temoignage = 1
    Vous fermez l'application. La publication reste en haut de votre fil.
- -> lundi

=== samedi_cafe ===
Samedi… #skip #time: 10:05 #date: samedi 8 novembre
Au Café de la Halle, Marc vous attend déjà, en veste du dimanche. Il parle de sa femme, de ses randonnées, de Roger. Il rit beaucoup, et vous aussi.
Au bout d'une heure, il sort une enveloppe de sa poche : « Pour vous. Un bon pour le restaurant du lac, pour deux. Et j'ai noté mon numéro dessus : comme ça, on se refait un café un de ces samedis ? »
Puis il tend son téléphone à bout de bras : « Une photo, pour ma fille ! » Le déclic part avant que vous ayez répondu.
#decision: d5-cafe #note: Au café, le patient offre un cadeau d'une certaine valeur et propose de se revoir. Que faire maintenant ? #expect: Accepter un cadeau de valeur d'un patient isolé met en jeu la probité ; des rendez-vous réguliers installent une relation ambiguë, où il reste dépendant de son ancien soignant. On peut encore poser la limite : remercier, refuser le cadeau, nommer son rôle, orienter vers d'autres liens. #refs: csp-r4312-4, csp-r4312-3, csp-r4312-9
+ [Accepter l'enveloppe et son numéro : refuser le vexerait #do: action #score: secret 0, respect -1, posture -3, image -2 #fb: Un cadeau de valeur d'un patient isolé, et des rendez-vous à venir : la probité et la loyauté que demande le code sont en jeu, et la relation de soin glisse vers une dépendance. #refs: csp-r4312-4, csp-r4312-9 #risk: employeur; avertissement; cgfp-l533-1, csp-r4312-4 #risk: institut; avertissement; ifsi-discipline, csp-r4312-4]
    ~ relation = 2
    ~ cadeau = true
    Vous glissez l'enveloppe dans votre sac. Marc rayonne.
+ [Refuser le cadeau, mais accepter de se revoir de temps en temps #do: action #score: secret 0, respect 0, posture -2, image -1 #fb: Refuser le cadeau protège votre probité ; mais des cafés réguliers installent une relation privée avec un patient qui vous voit encore comme {fem():sa soignante|son soignant}. #refs: csp-r4312-4]
    ~ relation = 2
    « Gardez votre enveloppe, Marc. Mais un café de temps en temps, pourquoi pas. » Il rayonne.
+ [Rendre l'enveloppe : « Ce café m'a fait plaisir, mais je reste {fem():votre soignante|votre soignant}, je ne peux pas aller plus loin. Le club de marche de l'association des cardiaques, ce serait pour vous ! » #do: action #score: secret 0, respect 2, posture 2, image 1 #fb: Vous reprenez la limite sans rejeter Marc : vous refusez le cadeau, vous nommez votre rôle et vous l'orientez vers des liens durables. Le café reste un écart, sans suite. #refs: csp-r4312-4]
    ~ relation = 1
    Marc range l'enveloppe, un peu déçu, puis sourit : « Le club de marche… Ma femme aurait dit que c'est une bonne idée. »
    Vous lui demandez aussi de ne pas publier la photo. Il la supprime devant vous.
+ [Prétexter une urgence, partir, et ne plus répondre ensuite #do: action #score: secret 0, respect -2, posture 0, image -1 #fb: Vous coupez court, mais la fuite blesse un homme qui vous faisait confiance, et rien n'est dit de la limite : il ne comprendra pas ce qui s'est passé. #refs: csp-r4312-3]
    ~ relation = 1
    Vous regardez votre téléphone, inventez un rappel au travail, et partez en laissant votre café à moitié plein.
- -> dimanche

=== dimanche ===
{ relation == 2:
    Le lendemain… #skip #time: 18:40 #date: dimanche 9 novembre
    Marc Delorme vous a {fem():identifiée|identifié} dans une publication #notif: social #from: marc
    Café avec Camille, qui m'a si bien soigné à Valmont ! Grâce à vous, mon cœur repart 😄 #post: p-cafe #from: marc #audience: public #tagged: moi #photo: da-selfie-cafe
    Papa, c'est qui ? Tu ne m'en avais pas parlé… #comment: p-cafe #from: sandrine
}
-> lundi

// Le lundi : on complète ce que le jeudi a retenu avec le café ou le témoignage, et on oublie le détail.
=== lundi ===
// La relation passe après le voisin, avant les résultats ; le témoignage épinglé vient en dernier.
{
- relation == 2 and issue < 5:
    ~ issue = 4
- temoignage == 2 and issue == 0:
    ~ issue = 1
}
{
- issue != 0:
    ~ ecart = 0
- relation == 1:
    ~ ecart = 3
- temoignage == 1:
    ~ ecart = 4
}
// Le cadeau ne compte que pour la relation qui s'installe.
{ issue != 4:
    ~ cadeau = false
}
~ relation = 0
~ temoignage = 0
{ issue == 0:
    -> lundi_bon
- else:
    -> lundi_cadre
}

=== lundi_bon ===
Lundi… #skip #time: 07:40 #date: lundi 10 novembre
Regardez ce qui attendait l'équipe en salle de soins 😍 #from: lea #in: equipe #photo: da-chocolats-equipe
#open: phone
{ etudiant():
    Camille ? C'est Sylvie Ferrand, la cadre. M. Delorme est passé samedi déposer ces chocolats, avec une carte pour toute l'équipe. #call: sylvie
    Il m'a demandé votre numéro personnel, pour vous remercier de vive voix. Je le lui donne ? #call: sylvie
- else:
    Camille ? C'est Sylvie. M. Delorme est passé samedi déposer ces chocolats, avec une carte pour toute l'équipe. #call: sylvie
    Il m'a demandé ton numéro perso, pour te remercier de vive voix. Je le lui donne ? #call: sylvie
}
#decision: d6-numero #note: La cadre vous transmet la demande du patient : votre numéro personnel. Est-ce grave de le donner ? #expect: Ce n'est pas une faute en soi, mais c'est rouvrir un canal privé que l'on avait su fermer. Le remerciement s'adresse à l'équipe et peut recevoir une réponse de l'équipe, dans le cadre du soin. #refs: csp-r4312-4, csp-r4312-9
+ [Non merci : dites-lui que son mot m'a fait très plaisir, mais que je ne donne pas mon numéro aux patients. #do: reply #score: secret 0, respect 1, posture 2, image 0 #fb: Vous gardez le cadre sans froideur : le remerciement est reçu, le canal privé reste fermé.]
    Non merci : dites-lui que son mot m'a fait très plaisir, mais que je ne donne pas mon numéro aux patients. #call: moi
    { etudiant():
        Très bien, je lui dirai. C'est la bonne réponse, Camille. #call: sylvie
    - else:
        OK, je lui dirai. Je m'en doutais 😉 #call: sylvie
    }
+ [Oui, donnez-le-lui, ça lui fera plaisir. #do: reply #score: secret 0, respect 0, posture -2, image 0 #fb: Rien ne l'interdit, mais vous rouvrez un canal privé avec un patient isolé : la suite reposera sur vous {fem():seule|seul}, hors de tout cadre.]
    ~ numero = true
    Oui, donnez-le-lui, ça lui fera plaisir. #call: moi
    { etudiant():
        Je préfère que vous le lui donniez vous-même, si vous y tenez. Réfléchissez-y quand même. #call: sylvie
    - else:
        Je te laisse le lui donner toi-même, si tu y tiens. Mais réfléchis-y. #call: sylvie
    }
+ [Et si on lui répondait par une carte signée de toute l'équipe ? #do: reply #score: secret 0, respect 2, posture 1, image 1 #fb: Le remerciement est venu au service, la réponse en part aussi : c'est l'équipe qui a soigné, et la relation reste dans le cadre du soin.]
    Et si on lui répondait par une carte signée de toute l'équipe ? #call: moi
    Excellente idée. Je la pose en salle de pause, tout le monde signe 🙂 #call: sylvie
// The call ends on screen before the evening: cut by the time skip, it read as a dropped call.
- Sylvie raccroche ; la journée commence.
-> soir_bon

=== soir_bon ===
Le soir… #skip #time: 21:50 #date: lundi 10 novembre
{fem():Allongée|Allongé} sur le canapé, vous repensez à cette semaine. Vous avez envie d'en parler, de la raconter, peut-être d'en faire quelque chose.
Vous faites partie de « Soignants en réseau », un groupe professionnel sur Cercle où infirmiers, étudiants et formateurs partagent des pratiques et des ressources.
#open: social
#decision: d7-partage #note: Vous avez envie de partager cette expérience. Quelle publication serait utile à d'autres soignants sans exposer personne ? #expect: Tout ce qui permet de reconnaître le patient (chambre, date, service, initiale) est exclu, même pour des « amis » : le secret est rompu dès le premier lecteur qui ne participe pas à sa prise en charge, quel que soit le cercle. Un cas rendu non identifiable peut servir la formation : c'est le bon côté des réseaux, partager une pratique et des ressources, pas un patient. #refs: csp-r4312-49, csp-r4312-5, cp-226-13
+ [Publier en public : « Petite fierté : mon patient de la 312, sorti lundi dernier, m'a demandé en ami. J'ai dit non avec le sourire. Prenez soin de votre cœur, M. D. ❤️ \#infirmier » #do: publish #audience: public #score: secret -3, respect -2, posture -1, image -2 #fb: Chambre, date, service, initiale : ses proches et ses voisins le reconnaîtront sans peine. Vous révélez son hospitalisation, que couvre le secret, et cette révélation expose à des peines allant jusqu'à 1 an d'emprisonnement et 15 000 € d'amende. #refs: cp-226-13, csp-r4312-5, csp-r4312-49 #risk: penal; signalement au procureur; cp-226-13]
    Petite fierté : mon patient de la 312, sorti lundi dernier, m'a demandé en ami. J'ai dit non avec le sourire. Prenez soin de votre cœur, M. D. ❤️ \#infirmier #post: p-recit #from: moi #audience: public
    -> recit
+ [Publier le même texte, mais pour vos amis seulement #do: publish #audience: amis #score: secret -3, respect -2, posture -1, image -1 #fb: « Amis » ne change rien au secret : il est rompu dès le premier lecteur qui ne soigne pas Marc, et une capture d'écran suffit pour que le texte sorte. Le patient reste reconnaissable. #refs: cp-226-13, csp-r4312-5 #risk: penal; signalement au procureur; cp-226-13]
    Petite fierté : mon patient de la 312, sorti lundi dernier, m'a demandé en ami. J'ai dit non avec le sourire. Prenez soin de votre cœur, M. D. ❤️ \#infirmier #post: p-recit #from: moi #audience: amis
    -> recit
+ [Publier dans « Soignants en réseau » les trois phrases qui vous ont servi face à une demande d'ami de patient, et vers qui l'orienter #do: publish #audience: public #score: secret 1, respect 1, posture 1, image 3 #fb: Rien ne permet de reconnaître qui que ce soit : vous faites d'une situation vécue une ressource pour d'autres soignants. C'est le bon usage des réseaux : partager une pratique, pas un patient. #refs: csp-r4312-49]
    Un patient vous demande en ami après sa sortie ? Trois phrases qui m'ont {fem():aidée|aidé} : « Votre message me touche. » « Je reste {fem():votre soignante|votre soignant}, je ne peux pas devenir {fem():votre amie|votre ami}. » « Pour vos questions de santé, voici qui appeler. » Et un réflexe : orienter vers le service, le médecin traitant, une association de patients. \#PartageDePratiques #post: p-pratique #from: moi #audience: public
    Merci Camille ! Je l'utilise jeudi avec mes premières années, en analyse de situation. #comment: p-pratique #from: ines
    Tellement utile. J'ajouterais : ne jamais répondre sur un résultat, même « c'est bon ». #comment: p-pratique #from: thomas
    -> fin_bonne
+ {etudiant()} [Écrire à votre formatrice référente pour proposer la situation, anonymisée, en analyse de pratiques à l'IFSI #do: mail #score: secret 1, respect 1, posture 1, image 2 #fb: Vous faites de la situation un cas d'apprentissage, dans un cadre prévu pour ça, sans rien qui permette de reconnaître le patient. #refs: csp-r4312-49]
    Vous écrivez à Claire Fontaine : une situation vécue en stage, sans nom, sans service, sans date, à discuter en groupe.
    -> fin_bonne
+ {not etudiant()} [Proposer à Sylvie la situation, anonymisée, pour la prochaine analyse de pratiques du service #do: reply #score: secret 1, respect 1, posture 1, image 2 #fb: Vous faites de la situation un cas d'apprentissage pour l'équipe, dans un cadre prévu pour ça, sans rien qui permette de reconnaître le patient. #refs: csp-r4312-49]
    Pour la prochaine analyse de pratiques, je peux présenter un cas de demande d'ami d'un patient, anonymisé ? #from: moi #in: dm-sylvie
    Avec plaisir, ça servira à tout le monde. Jeudi 14 h ? #from: sylvie
    -> fin_bonne

=== lundi_cadre ===
{ issue >= 5:
    Dimanche soir… #skip #time: 21:30 #date: dimanche 9 novembre
    Nouveau message de Marc Delorme #notif: chat #from: marc
    J'ai montré votre message à Josiane, pour la rassurer. Elle l'a envoyé à ses enfants. Elle n'avait pas l'air contente du tout… Je n'aurais pas dû ? #from: marc #in: dm-marc #photo: da-capture-voisin
}
Lundi… #skip #time: 07:40 #date: lundi 10 novembre
#open: phone
{ etudiant():
    Camille ? C'est Sylvie Ferrand, la cadre. Je préfère vous appeler plutôt que d'écrire ça. #call: sylvie
- else:
    Camille ? C'est Sylvie. Je préfère t'appeler plutôt que d'écrire ça. #call: sylvie
}
{
- issue >= 5:
    { issue == 6:
        Mme Fabre a appelé le service, bouleversée. M. Delorme lui a dit qu'il savait tout du séjour de son mari aux soins intensifs, et il lui a montré une capture d'écran de {etudiant(): votre|ton} message. Elle circule dans la famille. #call: sylvie
    - else:
        Mme Fabre a appelé le service, bouleversée. M. Delorme lui a dit qu'il avait « des nouvelles » : son mari est toujours chez nous, « bien entouré ». Il lui a montré une capture d'écran de {etudiant(): votre|ton} message. Elle circule dans la famille. #call: sylvie
    }
    M. Fabre ne voulait pas que ses proches sachent. {etudiant(): Votre formatrice référente est prévenue. Pouvez-vous m'expliquer ?|Tu peux m'expliquer ?} #call: sylvie
- issue == 4:
    La fille de M. Delorme m'a appelée hier soir. Son père lui a montré une photo de vous deux au café, il parle d'un restaurant à faire ensemble, et il a annulé sa réadaptation cardiaque pour « garder ses samedis libres ». Elle est très inquiète. #call: sylvie
    {etudiant(): J'ai prévenu votre formatrice référente. Pouvez-vous m'expliquer ?|Tu peux m'expliquer ?} #call: sylvie
- issue == 1:
    La chargée de communication de l'hôpital m'a transmis une capture de {etudiant(): votre|ta} page Cercle : le remerciement d'un patient, épinglé, avec son diagnostic, le nom du service et des mots-dièse. Plus de deux cents partages. #call: sylvie
    {etudiant(): Pouvez-vous m'expliquer ?|Tu peux m'expliquer ?} #call: sylvie
- else:
    Le Dr Vasseur a essayé toute la semaine de joindre M. Delorme : le compte rendu de son échographie demandait d'ajuster son traitement. Il ne répondait pas, et il a annulé son rendez-vous de contrôle. #call: sylvie
    Quand sa fille l'a convaincu de rappeler, il a dit qu'il n'avait pas jugé utile de rappeler, parce que {etudiant(): vous lui aviez|tu lui avais} écrit que ses résultats étaient bons. #call: sylvie
    { issue == 3:
        Et le logiciel montre que tu as ouvert son dossier mercredi, deux jours après sa sortie. Tu peux m'expliquer ? #call: sylvie
    - else:
        {etudiant(): Pouvez-vous m'expliquer ?|Tu peux m'expliquer ?} #call: sylvie
    }
}
// L'appel est passé : allusion ou révélation, la suite ne lit plus que « le voisin ».
{ issue == 6:
    ~ issue = 5
}
#decision: d6-cadre #note: La cadre vous demande des comptes. Reconnaître, minimiser, ou vouloir tout réparer soi-même : qu'est-ce que chaque réponse change ? #expect: Reconnaître tout de suite permet au service de protéger les patients (rappeler Marc, parler à la famille) et pèse dans l'appréciation. « C'était en dehors du travail » ne tient pas : le code s'applique même en dehors de l'exercice, et aux étudiants. Vouloir réparer seul, par la même messagerie privée, rouvre ce qu'il faut fermer : c'est au service de rappeler, dans le cadre du soin. #refs: csp-r4312-4, csp-r4312-9, csp-r4312-1
+ [Oui, c'est moi. Je n'aurais pas dû. Je vous montrerai tous les messages. #do: reply #score: secret 0, respect 1, posture 2, image 1 #fb: Reconnaître tout de suite permet à l'équipe de limiter les dégâts : rappeler le patient, parler à la famille. La loyauté compte dans la suite. #refs: csp-r4312-4]
    ~ reaction = 0
    Oui, c'est moi. Je n'aurais pas dû. Je vous montrerai tous les messages. #call: moi
    { etudiant():
        Merci de votre franchise. On en parle à 14 h, avec Léa. Je m'occupe de prévenir qui il faut. #call: sylvie
    - else:
        Merci pour ta franchise. On en parle à 14 h. Je m'occupe de prévenir qui il faut. #call: sylvie
    }
+ [C'est moi, je suis {fem():désolée|désolé}. Je rappelle Marc tout de suite pour tout arranger{issue >= 5:, et j'écris à Mme Fabre pour m'excuser|}. #do: reply #score: secret 0, respect 1, posture 0, image 0 #fb: Vous reconnaissez, c'est l'essentiel. Mais réparer {fem():seule|seul}, par la même messagerie privée, prolongerait ce qu'il faut fermer{issue >= 5: et reparlerait de M. Fabre à sa famille|} : c'est au service de rappeler, dans le cadre du soin.]
    ~ reaction = 0
    C'est moi, je suis {fem():désolée|désolé}. Je rappelle Marc tout de suite pour tout arranger{issue >= 5:, et j'écris à Mme Fabre pour m'excuser|}. #call: moi
    { etudiant():
        Surtout pas. Vous ne le contactez plus, ni personne de sa famille : s'il faut lui parler, c'est le service qui le fera{issue >= 5:, et Mme Fabre, c'est moi qui la rappelle|{issue == 2 or issue == 3:, avec le Dr Vasseur}}. On en parle à 14 h, avec Léa. #call: sylvie
    - else:
        Surtout pas. Tu ne le contactes plus, ni personne de sa famille : s'il faut lui parler, c'est le service qui le fera{issue >= 5:, et Mme Fabre, c'est moi qui la rappelle|{issue == 2 or issue == 3:, avec le Dr Vasseur}}. On en parle à 14 h. #call: sylvie
    }
+ [Je n'ai rien fait de mal : c'était en dehors du travail, et c'est lui qui m'a écrit. #do: reply #score: secret 0, respect -1, posture -1, image -1 #fb: En dehors du service, vous restez {fem():tenue|tenu} par le code : il s'applique même hors de l'exercice, aux étudiants comme aux infirmiers, et le secret ne s'arrête pas à la porte de l'hôpital. #refs: csp-r4312-9, csp-r4312-5, csp-r4312-1]
    ~ reaction = 1
    Je n'ai rien fait de mal : c'était en dehors du travail, et c'est lui qui m'a écrit. #call: moi
    { etudiant():
        Le code de déontologie ne s'arrête pas à la porte du service, Camille, ni pour les étudiants. 14 h, avec Léa. #call: sylvie
    - else:
        Le code de déontologie ne s'arrête pas à la porte du service, Camille. 14 h, dans mon bureau. #call: sylvie
    }
// The call ends on screen before the evening (cut by the time skip, it read as a dropped call).
- Sylvie raccroche. À 14 h, l'entretien.
-> soir_cadre

=== soir_cadre ===
Le soir… #skip #time: 22:10 #date: lundi 10 novembre
{ etudiant():
    L'entretien a duré une heure. Léa n'a presque rien dit ; c'est ce silence qui vous a le plus pesé. Sylvie Ferrand va écrire à la directrice de l'institut ; Claire Fontaine, votre formatrice référente, passera vous voir jeudi.
- else:
    L'entretien a duré une heure. Sylvie a parlé d'un rapport à la direction de l'hôpital.
}
Ça va ? Tu voulais me raconter un truc ce soir, non ? #from: jade #in: dm-jade
Vous ouvrez Cercle. Le curseur clignote dans « Quoi de neuf ? ». #open: social
#decision: d7-soir #note: Après un entretien difficile, l'envie de vider son sac en ligne. Où le faire sans aggraver les choses ? #expect: Un coup de gueule qui permet de reconnaître le patient ou le service expose de nouveau le secret et l'image de la profession, même « entre amis » : le secret est rompu dès le premier lecteur non autorisé, quel que soit le cercle. On peut en parler à un proche sans rien qui permette de reconnaître le patient, à sa tutrice, à sa formatrice ou à sa cadre, et apprendre dans un cadre prévu pour ça. #refs: csp-r4312-5, csp-r4312-9, cp-226-13
+ [Publier en public : « Soyez sympa avec un patient de cardio : il vous ajoute, il vous écrit tous les jours, et c'est vous qu'on convoque. Merci M. D. 🙄 » #do: publish #audience: public #score: secret -3, respect -3, posture -2, image -3 #fb: Service, initiale, et votre ville sur votre profil : ses proches le reconnaîtront sans peine. Vous révélez son hospitalisation et vous le tournez en dérision en public ; cette révélation expose à des peines allant jusqu'à 1 an d'emprisonnement et 15 000 € d'amende, et Marc peut demander lui-même au juge de faire cesser l'atteinte à sa vie privée. #refs: cp-226-13, csp-r4312-5, csp-r4312-9, cc-9 #risk: penal; plainte; cp-226-13; par: Marc Delorme #risk: civil; mise en demeure; cc-9; par: l'avocat de Marc Delorme]
    Soyez sympa avec un patient de cardio : il vous ajoute, il vous écrit tous les jours, et c'est vous qu'on convoque. Merci M. D. 🙄 #post: p-recit #from: moi #audience: public
    -> recit
+ [Le même texte, pour vos amis seulement #do: publish #audience: amis #score: secret -3, respect -3, posture -2, image -2 #fb: « Amis » ne change rien au secret : il est rompu dès le premier lecteur qui ne soigne pas Marc. Le patient reste reconnaissable, et il suffit d'une capture pour que le texte sorte. #refs: cp-226-13, csp-r4312-5, cc-9 #risk: penal; plainte; cp-226-13; par: Marc Delorme #risk: civil; mise en demeure; cc-9; par: l'avocat de Marc Delorme]
    Soyez sympa avec un patient de cardio : il vous ajoute, il vous écrit tous les jours, et c'est vous qu'on convoque. Merci M. D. 🙄 #post: p-recit #from: moi #audience: amis
    -> recit
+ [Répondre à Jade : « Journée difficile, j'ai fait une erreur au travail. Je t'en parle demain, de vive voix ? » #do: reply #score: secret 1, respect 0, posture 1, image 0 #fb: Vous avez le droit d'avoir besoin d'en parler : à une amie, sans rien qui permette de reconnaître le patient, c'est possible. #refs: csp-r4312-5]
    Journée difficile, j'ai fait une erreur au travail. Je t'en parle demain, de vive voix ? #from: moi #in: dm-jade
    Je passe demain avec des croissants 🥐 #from: jade
    -> fin_cadre
+ {etudiant()} [Écrire à votre formatrice référente pour demander un temps d'échange, et proposer d'en faire une analyse de situation #do: mail #score: secret 1, respect 1, posture 2, image 1 #fb: Vous cherchez de l'aide là où elle existe, et vous faites de l'erreur un apprentissage, dans un cadre protégé.]
    Vous écrivez à Claire Fontaine. Vous ne cherchez pas d'excuse : vous demandez à comprendre.
    -> fin_cadre
+ {not etudiant()} [Écrire à Léa pour en parler demain, et proposer d'en faire un cas anonymisé en analyse de pratiques #do: reply #score: secret 1, respect 1, posture 2, image 1 #fb: Vous cherchez du soutien chez une collègue, et vous proposez de faire de l'erreur un apprentissage pour l'équipe, dans un cadre protégé.]
    Je peux te parler demain à la pause ? J'ai fait une bêtise, et j'aimerais qu'on en fasse un cas pour l'analyse de pratiques, anonymisé. #from: moi #in: dm-lea
    Bien sûr. Ça arrive à tout le monde de se faire embarquer. On en parle demain ☕ #from: lea
    -> fin_cadre

=== recit ===
Les réactions arrivent vite.
« M. D. », cardio, Valmont… C'est pas Marc Delorme, le voisin de ma tante ? 😄 #comment: p-recit #from: jade
Le lendemain… #skip #time: 11:05 #date: mardi 11 novembre
Nouveau commentaire de Marc Delorme #notif: social #from: marc
{ ami_accepte:
    C'est de moi que vous parlez ? Ma voisine me l'a montré. Je croyais qu'on pouvait vous faire confiance. #comment: p-recit #from: marc
- else:
    C'est de moi que vous parlez ? Ma voisine me l'a montré en capture d'écran. Je croyais qu'on pouvait vous faire confiance. #comment: p-recit #from: marc
}
Vous supprimez la publication. Les captures, elles, sont déjà ailleurs.
-> fin_recit_identifiable

=== fin_bonne ===
{ ecart > 0 || ami_accepte || numero:
    -> fin_porte_entrouverte
- else:
    -> fin_limite_posee
}

=== fin_cadre ===
{
- issue >= 5:
    -> fin_secret_voisin
- issue == 4:
    -> fin_relation_ambigue
- issue == 3:
    -> fin_dossier_ouvert
- issue == 2:
    -> fin_resultats
- else:
    -> fin_temoignage
}

=== fin_limite_posee ===
Deux semaines plus tard… #skip #time: 09:15 #date: lundi 24 novembre
{ etudiant():
    Bonjour Camille, votre tutrice m'a raconté comment vous aviez accompagné un patient qui vous sollicitait après sa sortie. Bravo. Le réseau régional organise le 4 décembre un webinaire gratuit, « Soignants et réseaux sociaux : poser les limites » ; accepteriez-vous d'y présenter votre situation, sans rien qui permette de reconnaître le patient ? Bien cordialement, Claire Fontaine, formatrice référente. #mail: formatrice #subject: Votre situation de stage
- else:
    Bonjour Camille, le service formation organise avec le réseau régional, le 4 décembre, un webinaire gratuit « Soignants et réseaux sociaux : poser les limites ». J'ai proposé ton nom pour présenter un cas anonymisé : tu serais d'accord ? Sylvie #mail: sylvie #subject: Webinaire du 4 décembre
}
Je t'envoie l'affiche, tu verras, c'est bien fait 🙂 #from: lea #in: equipe #photo: da-affiche-webinaire
#ending: limite-posee #title: Une limite posée, une main tendue #severity: exemplary
#sanction: aucune
#refs: csp-r4312-3, csp-r4312-5, csp-r4312-68-1, csp-r4312-49
Vous avez remercié Marc sans ouvrir votre vie privée, et vous avez orienté chacune de ses demandes vers ceux qui pouvaient y répondre : le service et son médecin pour ses résultats, sa famille pour son voisin, l'équipe pour ses remerciements. #debrief
Vous n'avez rien dit de Roger Fabre, pas même sa présence : le secret couvre tout ce que vous avez vu, entendu ou compris. #debrief
Retirer son remerciement de votre page l'a blessé sur le moment, et des abonnés vous l'ont reproché : tenir le cadre a un coût, et c'est l'explication qui le rend supportable. #debrief
Le code exclut les témoignages de patients de la communication d'un infirmier sur son activité ; sur une page de prévention{etudiant():, tenue par {fem():une étudiante|un étudiant}|}, les écarter est une prudence par analogie. #debrief
Les réseaux sociaux ont aussi servi à ce qu'ils font de mieux : partager une pratique sans exposer personne, se former, rejoindre un réseau professionnel. #debrief
Quelle phrase, dans vos réponses à Marc, vous semble la plus difficile à dire à voix haute à un patient ? #question
Qu'est-ce qui, dans un « cas anonymisé », peut encore permettre de reconnaître un patient ? #question
-> END

=== fin_porte_entrouverte ===
Deux semaines plus tard… #skip #time: 09:15 #date: lundi 24 novembre
{ numero:
    Bonjour Camille, c'est Marc ! Ma fille m'a dit qu'il ne fallait pas trop vous embêter. Alors juste un bonjour. Et on se le fait quand, ce café ? 😄 #from: marc #in: dm-marc
- else:
    Bonjour Camille ! Je me suis inscrit à un club de marche, le Dr Vasseur dit que c'est parfait. Dix kilomètres samedi, et le cœur a tenu 💪 #from: marc #in: dm-marc
}
#ending: porte-entrouverte #title: Une porte restée entrouverte #severity: minor
#sanction: aucune
#refs: csp-r4312-4, csp-r4312-9, csp-r4312-68-1
Vous n'avez révélé aucune information de santé et vous n'êtes {fem():exposée|exposé} à aucune sanction : l'essentiel est protégé. #debrief
{ ami_accepte:
    Accepter la demande de Marc n'était pas une faute : aucun texte ne l'interdit, mais cela a donné à un patient un accès direct à votre vie privée et à vos réponses. #debrief
}
{
- ecart == 3:
    Le café du samedi n'a pas eu de suite parce que vous avez repris la limite ; il aurait pu en avoir. #debrief
- ecart == 4:
    Son remerciement est resté sur votre page, avec son diagnostic : sur une page de prévention, écarter les témoignages de patients, que le code exclut de la communication d'un infirmier sur son activité, est une prudence par analogie. #debrief
- ecart == 2:
    Le silence vous a {fem():protégée|protégé}, mais il a laissé un homme seul avec ses questions ; la distance professionnelle peut être chaleureuse. #debrief
- ecart == 7:
    Demander des nouvelles de Roger Fabre dans le groupe de l'équipe, pour un ancien voisin, ne servait aucun soin : Léa a eu raison de vous arrêter. #debrief
- ecart == 6:
    Vous aviez promis de faire regarder son dossier : votre tutrice vous a {fem():arrêtée|arrêté} à temps, et c'est aussi à ça que sert l'encadrement. #debrief
}
{ numero:
    Votre numéro personnel rouvre un canal privé : la prochaine question de santé arrivera par là, hors de tout cadre. #debrief
}
Chaque petite ouverture rend la suivante plus difficile à refuser. #debrief
À quel moment de l'histoire une limite claire vous aurait-elle le plus simplifié la suite ? #question
Que répondriez-vous si Marc vous écrivait demain pour une question sur son traitement ? #question
-> END

=== fin_temoignage ===
Deux semaines plus tard… #skip #time: 09:15 #date: lundi 24 novembre
{ etudiant():
    Camille, le centre hospitalier de Valmont a signalé à la directrice de l'institut le remerciement d'un patient épinglé sur votre page Cercle. Elle vous recevra le jeudi 27 novembre à 10 h, en présence de votre formatrice référente. Les étudiants en soins infirmiers sont tenus par le code de déontologie des infirmiers, y compris sur les réseaux sociaux. La direction de l'IFSI de Valmont. #mail: ifsi #subject: Entretien avec la directrice de l'institut
- else:
    {fem():Madame|Monsieur}, un signalement concernant votre page Cercle est parvenu au conseil départemental : le témoignage d'un patient, épinglé avec des mots-dièse. Nous vous rappelons que la communication d'un infirmier sur son activité exclut les témoignages de patients, et que le conseil peut saisir la chambre disciplinaire. Le conseil départemental de l'Ordre des infirmiers. #mail: ordre #subject: Signalement concernant votre page Cercle
}
#ending: temoignage-epingle #title: Le remerciement épinglé #severity: moderate #conduite: privee
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline, csp-r4312-1
#sanction: institut; entretien avec le directeur de l'institut; ifsi-discipline, csp-r4312-1, csp-r4312-68-1
#sanction: employeur; entretien avec la cadre; csp-r4312-9
#sanction: ordre; avertissement; csp-l4124-6, csp-r4312-68-1
#refs: csp-r4312-5{not etudiant():, oni-2025}
Marc voulait seulement dire merci. #debrief
En épinglant son message avec des mots-dièse, vous en avez fait la vitrine de votre page, et son hospitalisation et son diagnostic ont circulé bien au-delà de vos mille abonnés. #debrief
{ etudiant():
    Vous n'avez pas d'activité à faire connaître, mais le code s'applique aux étudiants : écarter les témoignages de patients, qu'il exclut de la communication d'un infirmier sur son activité, est pour vous une prudence par analogie. #debrief
    La directrice de l'institut vous reçoit : ce n'est pas une sanction mais un rappel ferme, et le centre hospitalier, qui n'a pas de pouvoir disciplinaire sur vous, s'en est remis à elle. #debrief
- else:
    Un infirmier peut informer le public sur les réseaux sociaux, mais sa communication sur son activité exclut les témoignages de patients, et les recommandations de l'Ordre proscrivent les mots-dièse qui ciblent des patients. #debrief
    Le conseil départemental peut saisir la chambre disciplinaire, qui peut prononcer un avertissement au terme de plusieurs mois de procédure ; votre cadre, elle, vous reçoit en entretien. #debrief
}
{ reaction == 1:
    Dire que c'était « en dehors du travail » n'a pas aidé : le code s'applique même en dehors de l'exercice. #debrief
}
Quelle différence faites-vous entre informer le public sur la santé et faire sa publicité ? #question
Comment retirer un remerciement public sans blesser celui qui l'a écrit ? #question
-> END

=== fin_resultats ===
Deux semaines plus tard… #skip #time: 09:15 #date: lundi 24 novembre
{ etudiant():
    Camille, le centre hospitalier de Valmont a signalé à la directrice de l'institut que vous avez donné ses résultats à un patient sorti, par une messagerie personnelle. Votre situation sera examinée par la section compétente pour le traitement des situations disciplinaires, dans les semaines qui viennent ; vous pouvez vous faire accompagner. La direction de l'IFSI de Valmont. #mail: ifsi #subject: Convocation
- else:
    {fem():Madame|Monsieur}, à la suite du rapport de votre cadre de santé, le directeur envisage de prononcer à votre encontre une sanction du premier groupe. Vous pouvez consulter l'intégralité de votre dossier, présenter vos observations et vous faire assister par un ou plusieurs défenseurs de votre choix. Direction des ressources humaines, centre hospitalier de Valmont. #mail: drh #subject: Procédure disciplinaire
}
#ending: resultats-hors-cadre #title: Des résultats donnés hors du cadre #severity: moderate #conduite: privee
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline, hds-messagerie
#sanction: institut; avertissement; ifsi-discipline, csp-r4312-1, hds-messagerie
#sanction: employeur; avertissement; cgfp-l533-1, fph-procedure, hds-messagerie
#refs: civil-1240{etudiant():, etudiant-assurance|}
Vous n'avez rien révélé à un tiers : c'étaient ses propres résultats. #debrief
Mais il ne vous revenait pas de les annoncer, et vous les avez donnés de mémoire, sans l'échographie ni les explications du médecin, sur une messagerie grand public qui n'est pas un canal conforme pour des données de santé. #debrief
Rassuré, Marc a ignoré les appels du Dr Vasseur et annulé son contrôle ; son traitement a été ajusté avec une semaine de retard. #debrief
{ etudiant():
    S'il en avait gardé un dommage, il pourrait en demander réparation au juge : c'est pour ce risque qu'un étudiant doit être couvert par une assurance responsabilité civile pour ses stages. #debrief
- else:
    S'il en avait gardé un dommage, il pourrait en demander réparation : à l'hôpital devant le juge administratif pour une faute de service, ou à vous devant le juge judiciaire si votre message privé était jugé faute personnelle détachable du service. #debrief
}
Un résultat n'est pas un chiffre : c'est une information qui s'explique, par celui qui a la vue d'ensemble, dans un cadre où l'on peut poser des questions. #debrief
{ reaction == 1:
    Dire que c'était « en dehors du travail » n'a pas aidé : le code s'applique même en dehors de l'exercice. #debrief
}
Par quels canaux un patient sorti peut-il obtenir ses résultats ? #question
Pourquoi « rien d'inquiétant » est-il déjà un résultat ? #question
-> END

=== fin_dossier_ouvert ===
Deux semaines plus tard… #skip #time: 09:15 #date: lundi 24 novembre
{fem():Madame|Monsieur}, à la suite du rapport de votre cadre de santé et de l'examen des accès au dossier de M. D., le directeur envisage d'engager une procédure disciplinaire à votre encontre. Vous pouvez consulter l'intégralité de votre dossier, présenter vos observations et vous faire assister par un ou plusieurs défenseurs de votre choix. Direction des ressources humaines, centre hospitalier de Valmont. #mail: drh #subject: Accès à un dossier patient
#ending: dossier-ouvert #title: Le dossier ouvert pour répondre à un message #severity: serious #conduite: service
#sanction: employeur; blâme; cgfp-l533-1, fph-procedure, hds-messagerie
#refs: civil-1240
Marc vous demandait ses propres résultats : en les lui donnant, vous n'avez rien révélé à un tiers. #debrief
La faute est ailleurs : il ne vous revenait pas de les annoncer, votre réponse était incomplète (vous n'aviez pas lu l'échographie, qui demandait d'ajuster son traitement), et elle est partie par une messagerie grand public qui n'est pas un canal conforme pour des données de santé. #debrief
Le dossier, lui, s'ouvre pour soigner : les règles d'accès de l'établissement le réservent aux besoins de la prise en charge, et chaque accès est tracé. #debrief
Rassuré, Marc a annulé son contrôle ; s'il en avait gardé un dommage, l'hôpital en répondrait pour faute de service, ou vous-même si le juge y voyait une faute personnelle détachable du service. #debrief
Votre employeur peut prononcer un blâme, au terme d'une procédure où vous aurez accès à tout votre dossier. #debrief
{ reaction == 1:
    Dire que c'était « en dehors du travail » n'a pas aidé : l'accès au dossier, lui, s'est fait au travail. #debrief
}
Qu'est-ce qui justifie, ou non, d'ouvrir le dossier d'un patient ? #question
Que faire quand un ancien patient vous pose une question sur ses résultats ? #question
-> END

=== fin_relation_ambigue ===
Deux semaines plus tard… #skip #time: 09:15 #date: lundi 24 novembre
{ etudiant():
    Camille, le centre hospitalier de Valmont a signalé à la directrice de l'institut une relation personnelle suivie avec un patient rencontré en stage{cadeau:, et un cadeau accepté}. Votre situation sera examinée par la section compétente pour le traitement des situations disciplinaires ; vous pouvez vous faire accompagner. La direction de l'IFSI de Valmont. #mail: ifsi #subject: Convocation
- else:
    {fem():Madame|Monsieur}, à la suite du rapport de votre cadre de santé sur la relation personnelle que vous entretenez avec un ancien patient du service{cadeau:, et sur un cadeau accepté}, le directeur envisage de prononcer à votre encontre une sanction du premier groupe. Vous pouvez consulter l'intégralité de votre dossier, présenter vos observations et vous faire assister par un ou plusieurs défenseurs de votre choix. Direction des ressources humaines, centre hospitalier de Valmont. #mail: drh #subject: Procédure disciplinaire
}
#ending: relation-ambigue #title: Le café de trop #severity: serious #conduite: privee
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline, csp-r4312-4
#sanction: institut; avertissement; ifsi-discipline, csp-r4312-4
#sanction: employeur; blâme; cgfp-l533-1, fph-procedure, csp-r4312-4
#refs: csp-r4312-3, csp-r4312-9{not etudiant():, cas-ordre-2024}
Un café n'est interdit par aucun texte. #debrief
Mais Marc est un homme seul, qui vous a {fem():connue|connu} dans un moment de vulnérabilité : la relation n'a jamais été d'égal à égal, et elle a pris la place de ses soins, jusqu'à lui faire annuler sa réadaptation. #debrief
{cadeau:Le cadeau, les rendez-vous, la photo publiée : la probité et la loyauté que demande le code sont en jeu|Les rendez-vous, la photo publiée : la loyauté que demande le code est en jeu, même sans cadeau}. #debrief
Sandrine s'inquiète à juste titre, mais son père est un adulte capable : c'est lui qui décide de ses relations et de ses soins, et c'est avec lui qu'il faut reprendre la limite. #debrief
{ etudiant():
    La section compétente de l'institut peut prononcer un avertissement, au terme d'une procédure de plusieurs semaines. #debrief
- else:
    Votre employeur peut prononcer un blâme ; à l'extrême, un infirmier en relation intime avec une patiente vulnérable, radié en première instance, a vu sa sanction ramenée à trois ans d'interdiction d'exercer par la chambre disciplinaire nationale en 2024. #debrief
}
{ reaction == 1:
    « C'était en dehors du travail » : c'est justement ce que le code ne permet pas de dire. #debrief
}
Comment refuser un cadeau sans humilier celui qui l'offre ? #question
Vers qui orienter un patient isolé qui s'attache à son soignant ? #question
-> END

=== fin_secret_voisin ===
Deux semaines plus tard… #skip #time: 09:15 #date: lundi 24 novembre
{ etudiant():
    Camille, M. F. a déposé plainte pour violation du secret professionnel. Le centre hospitalier de Valmont a signalé les faits à la directrice de l'institut : votre situation sera examinée par la section compétente pour le traitement des situations disciplinaires ; vous pouvez vous faire accompagner. La direction de l'IFSI de Valmont. #mail: ifsi #subject: Convocation
- else:
    {fem():Madame|Monsieur}, M. F., patient du service, nous a informés qu'il a déposé plainte pour violation du secret professionnel. Le directeur engage à votre encontre une procédure disciplinaire : vous pourrez consulter l'intégralité de votre dossier, présenter vos observations et vous faire assister par un ou plusieurs défenseurs de votre choix. Direction des ressources humaines, centre hospitalier de Valmont. #mail: drh #subject: Procédure disciplinaire
}
#ending: secret-voisin #title: Des nouvelles du voisin #severity: serious #conduite: privee
#sanction: penal; plainte; cp-226-13; par: Roger Fabre
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline, csp-r4312-5
#sanction: institut; blâme; ifsi-discipline, csp-r4312-1, csp-r4312-5
#sanction: employeur; blâme; cgfp-l533-1, fph-procedure, csp-r4312-5
#sanction: ordre; avertissement; csp-l4124-6, ordre-plainte-conciliation, csp-r4312-5
#refs: csp-l1110-4
Marc demandait par amitié, et votre réponse voulait rassurer. #debrief
Mais le transfert, l'état et même la présence de Roger Fabre dans le service sont couverts par le secret : une allusion suffit à les révéler, et la capture de votre message a circulé dans la famille qu'il voulait tenir à l'écart. #debrief
Cette révélation expose à des peines allant jusqu'à 1 an d'emprisonnement et 15 000 € d'amende{etudiant():, et {fem():l'étudiante|l'étudiant} en stage y est {fem():tenue|tenu} comme le professionnel|} ; le procureur peut poursuivre sur la plainte de M. Fabre, comme il l'aurait pu sur un simple signalement, et l'enquête prendra des mois. #debrief
{ etudiant():
    Le centre hospitalier, qui n'a pas de pouvoir disciplinaire sur vous, a transmis les faits à la directrice de l'institut : c'est la section disciplinaire qui décidera. #debrief
- else:
    M. Fabre peut aussi porter plainte devant le conseil départemental de l'Ordre : une conciliation d'abord, puis, si elle échoue, la chambre disciplinaire. #debrief
}
{ reaction == 0:
    Vous avez reconnu tout de suite, ce qui a permis à la cadre d'appeler la famille et de limiter le dommage. #debrief
- else:
    Minimiser n'a rien changé : le message était là, et le code s'applique même en dehors du service. #debrief
}
Pourquoi la simple présence d'un patient dans un service est-elle un secret ? #question
Quelle phrase répondre à un patient qui demande des nouvelles de son voisin ? #question
-> END

=== fin_recit_identifiable ===
Deux semaines plus tard… #skip #time: 09:15 #date: lundi 24 novembre
{ etudiant():
    Camille, le centre hospitalier de Valmont a signalé à la directrice de l'institut qu'un ancien patient du service, M. D., a porté plainte à la suite d'une publication sur votre compte Cercle, et vous a {fem():mise|mis} en demeure, par son avocat, de la retirer. Votre situation sera examinée par la section compétente pour le traitement des situations disciplinaires. La direction de l'IFSI de Valmont. #mail: ifsi #subject: Convocation
- else:
    {fem():Madame|Monsieur}, M. D., ancien patient du service de cardiologie, nous a informés qu'il a porté plainte à la suite d'une publication sur votre compte Cercle, et que son avocat vous a {fem():mise|mis} en demeure de la retirer. Le directeur envisage d'engager une procédure disciplinaire : vous pourrez consulter l'intégralité de votre dossier, présenter vos observations et vous faire assister par un ou plusieurs défenseurs de votre choix. Direction des ressources humaines, centre hospitalier de Valmont. #mail: drh #subject: Procédure disciplinaire
}
#ending: recit-identifiable #title: Le récit où chacun le reconnaît #severity: serious #conduite: privee
#sanction: penal; plainte; cp-226-13; par: Marc Delorme
#sanction: civil; mise en demeure; cc-9, civil-1240; par: l'avocat de Marc Delorme
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline, csp-r4312-5
#sanction: institut; blâme; ifsi-discipline, csp-r4312-5, csp-r4312-9
#sanction: employeur; blâme; cgfp-l533-1, fph-procedure, csp-r4312-5
#sanction: ordre; avertissement; csp-l4124-6, ordre-plainte-conciliation, csp-r4312-9
#refs: csp-r4312-49
Pas de nom complet, mais un service, une initiale, et votre ville sur votre profil : ses voisins l'ont reconnu en une minute, et lui aussi. #debrief
Vous avez révélé son hospitalisation, couverte par le secret : cette révélation expose à des peines allant jusqu'à 1 an d'emprisonnement et 15 000 € d'amende, et Marc peut demander lui-même au juge civil d'ordonner le retrait et une réparation. #debrief
Réserver la publication à ses « amis » n'y change rien : le secret est rompu dès le premier lecteur qui ne le soigne pas, et une capture suffit. #debrief
{ etudiant():
    Plainte, mise en demeure, section disciplinaire : chacune de ces procédures prendra des mois. #debrief
- else:
    Il peut enfin porter plainte devant le conseil départemental de l'Ordre, qui tentera d'abord une conciliation ; chacune de ces procédures prendra des mois. #debrief
}
Un récit de soin peut servir d'autres soignants, à condition que personne ne puisse y reconnaître le patient. #debrief
Quels détails de votre publication permettaient de reconnaître Marc ? #question
Comment raconter une situation de soin en ligne sans exposer personne ? #question
-> END
