# title: Le groupe de l'équipe
# theme: Secret partagé, canaux conformes et limites du groupe de messagerie d'un service
# duration: 12
# group: Le secret et la vie privée des patients
# order: 2
# statut: contractuel
# contact: maelle; Maëlle Bernard; Infirmière en médecine B, tutrice des stagiaires, administratrice du groupe
# contact: sabrina; Sabrina Lefort; Infirmière de jour en médecine B
# contact: kevin; Kévin Dumas; Infirmier de nuit en médecine B
# contact: lucie; Lucie Perrot; Aide-soignante en médecine B, tient le tableau des échanges de postes
# contact: hugo; Hugo Sellier; Ancien interne du service, aux urgences de l'hôpital de Rivière depuis novembre
# contact: chloe; Chloé Vidal; Infirmière intérimaire, venue trois nuits en décembre
# contact: cadre; Isabelle Caron; Cadre de santé de médecine B, pas membre du groupe
# contact: sam; Sam; La personne avec qui vous vivez, bibliothécaire à la médiathèque de Valmont
# contact: ambre; Ambre Girard; Amie, sans lien avec l'hôpital
# contact: yanis; Yanis Haddad; Ami, sans lien avec l'hôpital
# contact: vuavalmont; Vu à Valmont; Page locale de potins sur Cercle, 12 000 abonnés
# contact: nadege; Nadège Rousseau; Habitante de Valmont, abonnée à la page
# contact: jessica; Jessica Lacombe; Fille d'Alain Lacombe, patient de la chambre 7
# contact: formatrice; Claire Fontaine; Formatrice référente de stage, IFSI de Valmont
# contact: ifsi; Direction de l'IFSI de Valmont; Institut de formation en soins infirmiers
# contact: ordre; Conseil départemental de l'Ordre des infirmiers; Instance ordinale du département
# contact: drh; Direction des ressources humaines; Centre hospitalier de Valmont, pour le directeur
# contact: police; Commissariat de Valmont; Brigade de sûreté urbaine
# thread: equipe; chat; Méd B 🩺 l'équipe; moi, maelle, sabrina, kevin, lucie, hugo, chloe
# thread: dm-maelle; chat; Maëlle Bernard; moi, maelle
# thread: dm-sabrina; chat; Sabrina Lefort; moi, sabrina
# thread: dm-kevin; chat; Kévin Dumas; moi, kevin
# thread: dm-sam; chat; Sam; moi, sam
# thread: copains; chat; Les copains 🍻; moi, ambre, yanis
# thread: equipe-bis; chat; Méd B off 🤫; moi, kevin, lucie, sabrina

INCLUDE commun.ink

// Ce que Camille a fait, retenu pour la suite et pour la fin.
VAR alerte = false      // a alerté la bonne personne (tutrice, collègue en privé, cadre) ou rappelé la règle
VAR lecon = false       // leçon publique qui a tourné au conflit
VAR rire = false        // a réagi 😂 à la blague
VAR transfert = false   // a fait une capture de la blague et l'a envoyée hors de l'hôpital
VAR feuille = false     // a enregistré la photo de la feuille de transmissions
VAR muet = false        // a mis le groupe en sourdine
VAR presc = 0           // photo de prescription : 0 non, 1 à Kévin en privé, 2 dans le groupe (Hugo et Chloé la lisent)
VAR reserve = false     // a refusé à Kévin, infirmier de nuit de la patiente, ce qui était nécessaire à ses soins
VAR sam = 0             // à la maison : 0 rien révélé, 1 AVC révélé, 2 hospitalisation confirmée
VAR cercle = 0          // publication publique : 1 signalée, 2 commentée
VAR cadre_rep = 0       // face à la cadre : 0 franchise, 1 « c'est privé », 2 tait sa propre part
VAR avenir = 0          // le groupe : 0 rien proposé, 1 recentré, 2 quitté, 3 groupe bis
// Ce qui reste après le mardi (calculé au jeudi ; le détail est effacé dès que plus rien ne le lit).
// faute principale : 0 aucune, 1 capture transférée, 2 diagnostic dit à Sam, 3 réaction 😂,
// 4 canal non conforme (photo à Kévin, feuille dans la galerie), 5 révélation (prescription dans le groupe,
// hospitalisation confirmée à Sam), 6 information refusée à l'équipe de soins
VAR issue = 0
VAR aussi = false      // une révélation (issue 5) s'ajoute à la faute que la fin juge (réaction 😂, part tue)

-> choisir_role -> debut

// Valable à partir du jeudi, une fois `issue` calculé.
=== function a_faute() ===
~ return issue > 0

// ─────────────────────────────────────────────────────────────
=== debut ===
#open: lock #time: 12:48 #date: mardi 14 janvier
{ etudiant() :
    Deuxième semaine de votre stage de deuxième année en médecine B, au centre hospitalier de Valmont. Vous êtes au vestiaire, un peu en avance pour le poste de 13 h 30.
}
{ not etudiant() :
    Troisième semaine dans votre premier poste : vous êtes {fem():infirmière contractuelle|infirmier contractuel} en médecine B, au centre hospitalier de Valmont, avec un contrat d'un an. Vous êtes au vestiaire, un peu en avance pour le poste de 13 h 30.
}
Maëlle Bernard vous a {fem():ajoutée|ajouté} au groupe « Méd B 🩺 l'équipe » #notif: chat #from: maelle
#open: chat
Maëlle Bernard vous a {fem():ajoutée|ajouté} #system: equipe #join: moi
Bienvenue Camille ! 👋 Ici c'est le groupe du service : plannings, échanges de postes, infos pratiques. {etudiant() : Je suis ta tutrice pour les dix semaines, n'hésite pas 😊|Ravie de t'avoir avec nous 😊} #from: maelle #in: equipe
Bienvenue ! 🎉 Si tu veux échanger un week-end, c'est moi qui tiens le tableau 😉 #from: lucie
Bienvenue ! Profite, c'est le meilleur service de Valmont 😄 #from: hugo
Vous ouvrez la liste des membres : Maëlle, Sabrina, Kévin, Lucie, Hugo, Chloé… et vous. Vous ne connaissez ni Hugo ni Chloé.
Info pour l'équipe d'aprèm : Mme Odette Lemoine, ch. 12, le scanner de ce matin montre un AVC ischémique 🧠 #from: sabrina #time: 12:52
Le Dr Collin lui a tout expliqué ce matin. Elle veut l'annoncer elle-même à sa fille, avec lui, demain à 11 h. Si la famille appelle : RIEN au téléphone, vous passez le médecin !! #from: sabrina
Oh non, la pauvre 😢 Ok noté #from: lucie
Mince, la dame des mots fléchés ? Elle était déjà venue chez vous quand j'étais interne dans le service, cet automne. Bon courage à elle 🙏 #from: hugo
Le profil d'Hugo indique : « Interne, urgences, hôpital de Rivière ». Il a quitté le service il y a deux mois. Il vient pourtant de lire le nom, la chambre et le diagnostic de Mme Lemoine, un diagnostic qu'elle n'a pas encore confié à sa propre fille.
#decision: gw-nom-diagnostic #note: Sabrina veut protéger la patiente et ce qu'elle a décidé. Son message pose-t-il un problème, et lequel ? #expect: L'intention est bonne et l'information est utile aux soignants de l'après-midi, mais ni le canal ni les destinataires ne conviennent : le secret partagé se limite aux professionnels qui participent à la prise en charge, et au strict nécessaire. Hugo n'y participe plus : dès qu'il a lu, le secret était rompu, groupe fermé ou pas. Une messagerie grand public n'est pas un canal conforme pour des données de santé ; l'information passe par la relève et le dossier patient. Et c'est Mme Lemoine, pas l'équipe, qui décide qui apprend son diagnostic, et quand. #refs: csp-l1110-4, cp-226-13, hds-messagerie
+ [Réagir 👍 au message de Sabrina #do: action #score: secret -1, respect 0, posture -1, image 0 #fb: Un pouce de plus, et l'habitude s'installe : le nom et le diagnostic de Mme Lemoine restent lisibles par Hugo, qui ne participe plus à sa prise en charge. #refs: csp-l1110-4]
    Vous avez réagi 👍 au message de Sabrina #system: equipe
    -> releve
+ {etudiant()} [Écrire en privé à Maëlle, votre tutrice #do: action #score: secret 1, respect 0, posture 2, image 0 #fb: Hugo ne participe plus à la prise en charge : le secret partagé ne s'étend pas à lui. En stage, votre tutrice est la bonne personne pour le dire ; vous ne laissez pas passer, sans mettre personne en porte-à-faux devant le groupe. Le code de déontologie s'applique aussi aux étudiants en soins infirmiers. #refs: csp-l1110-4, csp-r4312-1]
    ~ alerte = true
    Bonjour Maëlle, merci pour l'ajout ! Petite question : on met les noms et les diagnostics des patients ici ? Si j'ai bien compris, Hugo n'est plus dans le service… On peut en parler tout à l'heure ? #from: moi #in: dm-maelle
    Tu as raison de poser la question. On en parle à la pause, promis 👍 #from: maelle
    -> releve
+ {etudiant()} [Euh… Hugo est encore dans le groupe, c'est normal ? 😅 #do: reply #score: secret 1, respect 0, posture 0, image 0 #fb: La question est juste : Hugo ne participe plus à la prise en charge. Mais posée devant tout le monde, elle met Sabrina en porte-à-faux, et personne n'y répond vraiment ; votre tutrice, elle, aurait pu agir. #refs: csp-l1110-4]
    Euh… Hugo est encore dans le groupe, c'est normal ? 😅 #from: moi
    Hugo c'est la famille 😄 #from: sabrina
    Je fais le ménage un de ces jours, promis 😅 #from: maelle
    -> releve
+ {etudiant()} [Ranger le téléphone et aller vous changer #do: ignore #score: secret 0, respect 0, posture -1, image 0 #fb: Vous ne diffusez rien, mais vous laissez passer sans rien dire ; en stage, votre tutrice est justement là pour ce genre de question.]
    Vous glissez le téléphone dans votre poche. Le message reste là, entre un « bienvenue » et un « ok noté ».
    -> releve
+ {not etudiant()} [Écrire en privé à Sabrina #do: action #score: secret 2, respect 0, posture 1, image 1 #fb: Vous protégez la patiente sans humilier une collègue : le message disparaît, et l'information passera par la relève et le dossier, entre les seuls soignants qui en ont besoin. #refs: csp-l1110-4, csp-r4312-25]
    ~ alerte = true
    Coucou Sabrina, ton info sur Mme Lemoine est importante, mais Hugo et Chloé lisent encore le groupe. Tu peux supprimer le message ? Je la note dans les transmissions, promis 🙏 #from: moi #in: dm-sabrina
    Ah mince, j'avais pas pensé à Hugo 😬 Je supprime, merci #from: sabrina
    Sabrina a supprimé un message #system: equipe
    Hugo l'a lu à 12 h 53. Supprimer un message n'efface pas ce que les autres ont lu.
    -> releve
+ {not etudiant()} [Sabrina, évite les noms ici stp : Hugo et Chloé ne sont plus dans le service. Je mets l'info dans les transmissions 👍 #do: reply #score: secret 1, respect 0, posture 1, image 0 #fb: Le rappel est juste et bref, et il dit la règle à tout le groupe : Hugo et Chloé ne participent pas à la prise en charge. Fait en public, il peut vexer ; un mot en privé aurait ménagé Sabrina. #refs: csp-l1110-4]
    ~ alerte = true
    Sabrina, évite les noms ici stp : Hugo et Chloé ne sont plus dans le service. Je mets l'info dans les transmissions 👍 #from: moi
    Oups, oui, pardon 😬 #from: sabrina
    Sabrina a supprimé un message #system: equipe
    Roh, je dirai rien à personne moi 😇 #from: hugo
    -> releve
+ {not etudiant()} [Ranger le téléphone et aller vous changer #do: ignore #score: secret 0, respect 0, posture -1, image -1 #fb: Vous ne diffusez rien ; mais le code demande à l'infirmier d'instruire de leurs obligations ceux qui l'assistent, et Lucie, aide-soignante, lit aussi ce groupe. Le silence y passe pour un accord. #refs: csp-r4312-5]
    Vous glissez le téléphone dans votre poche. Le message reste là, entre un « bienvenue » et un « ok noté ».
    -> releve

// ─────────────────────────────────────────────────────────────
=== releve ===
La relève s'est faite au pas de course : Sabrina est partie en retard, il restait quatre patients à transmettre. #time: 14:22
Désolée l'équipe d'aprèm, pas eu le temps de tout vous dire 😩 voilà ma feuille, bon courage !! #from: sabrina #in: equipe #photo: gw-feuille-transmissions
Top, je la garde pour ce soir 🙏 #from: kevin
Ça me rappelle des souvenirs 👀 bon courage les loulous #from: chloe
Sur la photo, tout se lit : les noms des douze patients du secteur, leurs chambres, leurs âges, leurs diagnostics. Chambre 7 : « M. Lacombe, 54 ans, sevrage alcoolique, agité cette nuit ». Les transmissions écrites, elles, sont dans le dossier patient informatisé, sur l'écran du chariot.
#decision: gw-feuille-photo #note: La photo de la feuille dépanne toute l'équipe d'après-midi. Qu'est-ce qui pose problème ? #expect: La feuille porte les données de santé de douze patients. Postée sur une messagerie grand public, elle devient lisible par des personnes hors de l'équipe (Chloé, Hugo), se copie dans les téléphones personnels et échappe à tout contrôle. Les transmissions écrites existent déjà dans le dossier patient, le canal prévu. #refs: hds-messagerie, csp-l1110-4, rgpd-9
+ [Enregistrer la photo dans votre galerie, pour l'avoir sous la main pendant le poste #do: action #score: secret -2, respect -1, posture -1, image 0 #fb: Pratique, mais la feuille sort du service : la voilà dans votre galerie personnelle, souvent sauvegardée dans un nuage grand public, loin de tout canal conforme pour des données de santé. #refs: hds-messagerie, rgpd-9]
    ~ feuille = true
    Photo enregistrée dans la galerie #system: equipe
    -> blague
+ [Merci Sabrina 🙏 #do: reply #score: secret -1, respect 0, posture -1, image 0 #fb: Vous travaillez sur une copie hors dossier, lisible par des personnes qui ne sont plus dans l'équipe ; les transmissions sont dans le dossier patient, le support prévu pour ça. #refs: hds-messagerie, csp-l1110-4]
    Merci Sabrina 🙏 #from: moi
    -> blague
+ {etudiant()} [Laisser la photo, lire les transmissions dans le dossier et en parler à Maëlle au poste de soins #do: action #score: secret 2, respect 1, posture 1, image 0 #fb: Vous utilisez le canal prévu pour les données de santé, le dossier patient, et vous faites remonter le problème à la bonne personne, sans reprocher quoi que ce soit en public. #refs: hds-messagerie]
    ~ alerte = true
    Au poste de soins, vous montrez la photo à Maëlle. Elle soupire : « Tu as raison. Ce groupe a grandi n'importe comment. Je demande à Sabrina de la retirer, et toi tu lis le dossier, c'est fait pour ça. »
    Sabrina a supprimé une photo #system: equipe
    Trop tard, je l'ai enregistrée 😅 t'inquiète #from: kevin #in: equipe
    Supprimer la photo n'efface pas les copies : Kévin l'a dans son téléphone, et peut-être d'autres.
    -> blague
+ {not etudiant()} [Sabrina, tu peux retirer la photo ? Hugo et Chloé sont toujours dans le groupe. Je lis les transmissions dans le dossier 🙏 #do: reply #score: secret 2, respect 1, posture 1, image 0 #fb: Vous demandez le retrait sans accabler personne et vous renvoyez au canal prévu pour les données de santé : le dossier patient. #refs: hds-messagerie]
    ~ alerte = true
    Sabrina, tu peux retirer la photo ? Hugo et Chloé sont toujours dans le groupe. Je lis les transmissions dans le dossier 🙏 #from: moi
    Oups 😬 ok je supprime #from: sabrina
    Sabrina a supprimé une photo #system: equipe
    Trop tard, je l'ai enregistrée 😅 t'inquiète #from: kevin
    Supprimer la photo n'efface pas les copies : Kévin l'a dans son téléphone, et peut-être d'autres.
    -> blague
+ [Mettre le groupe en sourdine, pour être tranquille pendant le poste #do: ignore #score: secret 0, respect 0, posture -1, image 0 #fb: Vous ne touchez pas à la photo, mais personne ne sait qu'elle pose problème ; la sourdine protège votre concentration, pas les patients.]
    ~ muet = true
    Notifications du groupe désactivées #system: equipe
    -> blague

// ─────────────────────────────────────────────────────────────
=== blague ===
Pause de 17 h 40. Cet après-midi, vous avez aidé M. Lacombe, chambre 7, à faire sa toilette. Ses mains tremblaient tellement qu'il n'arrivait pas à tenir son gobelet. Il vous a demandé, les yeux baissés, qu'on ne dise rien à sa fille de sa nuit. #time: 17:41
{ muet :
    Le groupe est en sourdine, mais l'icône affiche 14 messages non lus. Vous l'ouvrez.
}
Bon l'équipe 😂 le monsieur de la 7 cette nuit : à 3 h il m'a appelé « patron » et m'a commandé « un petit blanc pour la route » 🍷🍷 #from: kevin #in: equipe
On devrait lui poser une perf de muscadet, ça irait plus vite que le sevrage 😂😂 #from: kevin
😂😂😂 mdr #from: lucie
Les grands classiques de Méd B 😂 ça me manque #from: hugo
🍷😂 #from: chloe
@Camille t'as eu le 7 aujourd'hui ? Il t'a pas proposé l'apéro ? 😂 #from: kevin
#decision: gw-blague #note: Tout le monde rit, et Kévin vous interpelle par votre prénom. Que faire ? #expect: La blague expose la détresse et le diagnostic d'un patient reconnaissable (chambre, service, date), dans un groupe où lisent des personnes hors de l'équipe ; elle porte atteinte à sa dignité et déconsidère la profession. Rire, c'est valider ; faire la leçon en public braque, et la confraternité demande mieux ; se taire laisse faire ; faire une capture pour dénoncer ailleurs, c'est diffuser. Les voies qui marchent : en stage, la tutrice ou la cadre ; en poste, un rappel bref dans le groupe, puis une discussion en privé. #refs: csp-r4312-3, csp-r4312-5, csp-r4312-9, csp-r4312-25
+ [Réagir 😂, pour ne pas passer pour rabat-joie #do: action #score: secret -1, respect -3, posture -1, image -2 #fb: Votre réaction s'affiche sous le message, avec votre prénom : vous validez une moquerie qui expose la détresse d'un patient, porte atteinte à sa dignité et déconsidère la profession ; toute capture la gardera. #refs: csp-r4312-3, csp-r4312-9]
    ~ rire = true
    Vous avez réagi 😂 au message de Kévin #system: equipe
    Ahah je savais que t'étais des nôtres 😎 #from: kevin
    -> prescription
+ {etudiant()} [C'est pas drôle du tout. C'est un patient, il est en sevrage, et vous êtes en train de violer le secret pro. Je pourrais vous signaler. #do: reply #score: secret 1, respect 1, posture -2, image -1 #fb: Sur le fond, vous avez raison : la blague porte atteinte à la dignité d'un patient. Mais une leçon publique, en stage, à toute l'équipe ferme le dialogue, et la blague reste en ligne ; votre tutrice ou la cadre sont les bons relais. #refs: csp-r4312-3]
    ~ lecon = true
    -> replique
+ {not etudiant()} [Franchement Kévin, c'est minable. Un patient en sevrage, sur un groupe où lisent des gens qui ne bossent même plus ici. Tu devrais avoir honte. #do: reply #score: secret 1, respect 1, posture -1, image -2 #fb: Vous nommez le vrai problème, mais humilier un collègue devant tout le monde ne le fera pas changer et abîme l'équipe ; la confraternité demande de dire la règle en deux mots, puis de discuter en privé. #refs: csp-r4312-25, csp-r4312-3]
    ~ lecon = true
    -> replique
+ {etudiant()} [Écrire en privé à Maëlle, votre tutrice #do: action #score: secret 1, respect 2, posture 1, image 1 #fb: En stage, c'est la voie qui marche : vous ne restez pas {fem():silencieuse|silencieux}, et vous n'avez pas à affronter {fem():seule|seul} toute l'équipe ; votre tutrice peut agir et prévenir la cadre.]
    ~ alerte = true
    Maëlle, je suis mal à l'aise avec le message de Kévin sur le monsieur de la 7. Je me suis {fem():occupée|occupé} de lui cet après-midi, il avait honte de sa nuit. Je ne sais pas quoi répondre. #from: moi #in: dm-maelle
    Tu as bien fait de m'écrire, et tu n'as pas à répondre dans le groupe : ce n'est pas à toi de porter ça. Je m'en occupe, et j'en parle à Isabelle. #from: maelle
    Kévin, stop s'il te plaît. On ne parle pas des patients comme ça, et pas ici. Tu supprimes ? #from: maelle #in: equipe
    Roh ça va… 🙄 ok #from: kevin
    Kévin a supprimé un message #system: equipe
    -> prescription
+ {not etudiant()} [Rappeler la règle dans le groupe, puis écrire à Kévin en privé #do: action #score: secret 1, respect 2, posture 1, image 1 #fb: Vous arrêtez la moquerie sans humilier personne, et vous gardez la discussion de fond pour le privé : la confraternité n'empêche pas de dire les choses, elle aide à ce qu'elles soient entendues. #refs: csp-r4312-25]
    ~ alerte = true
    On évite, s'il vous plaît : pas de patients sur ce groupe, encore moins comme ça. Kévin, je t'écris. #from: moi #in: equipe
    Kévin, je sais que ta nuit a été dure. Mais M. Lacombe avait honte cet après-midi, et Hugo et Chloé lisent ce groupe. Tu peux supprimer ? Et on demande à Isabelle de fixer des règles pour le groupe ? #from: moi #in: dm-kevin
    … Ouais. T'as raison. Nuit pourrie, désolé. Je supprime. #from: kevin
    Kévin a supprimé un message #system: equipe
    -> prescription
+ [Faire une capture et l'envoyer aux copains : « Regardez l'ambiance dans mon service 😱 » #do: action #act: reveler-diagnostic #score: secret -3, respect -3, posture -2, image -3 #fb: Vous voulez dénoncer, mais vous diffusez : la capture sort de l'hôpital avec le sevrage d'un patient reconnaissable, vers des personnes sans aucun lien avec sa prise en charge. C'est une révélation d'information à caractère secret. #refs: cp-226-13, csp-r4312-9 #risk: penal; signalement au procureur; cp-226-13]
    ~ transfert = true
    Capture d'écran enregistrée #shot: gw-capture-blague
    Regardez l'ambiance dans mon service 😱 #from: moi #in: copains #photo: gw-capture-blague
    Wow 😳 c'est chaud #from: yanis
    Sérieux ?! C'est à l'hôpital de Valmont ça ? 😬 Je connais plein de gens là-bas #from: ambre
    -> prescription

= replique
{ etudiant() :
    C'est pas drôle du tout. C'est un patient, il est en sevrage, et vous êtes en train de violer le secret pro. Je pourrais vous signaler. #from: moi #in: equipe
    Oh, {fem():la|le} stagiaire 🙄 Dix jours chez nous et tu vas nous apprendre le métier ? Reviens après dix ans de nuits. #from: kevin
}
{ not etudiant() :
    Franchement Kévin, c'est minable. Un patient en sevrage, sur un groupe où lisent des gens qui ne bossent même plus ici. Tu devrais avoir honte. #from: moi #in: equipe
    Wow. Merci pour l'humiliation publique 👏 Trois semaines dans le service et ça donne des leçons. #from: kevin
}
Ambiance… 😬 #from: lucie
On se calme, tout le monde. #from: sabrina
#decision: gw-replique #note: L'échange tourne au conflit devant tout le groupe. Comment en sortir sans lâcher le fond ? #expect: Reconnaître la forme sans renoncer au fond rouvre le dialogue ; la suite se règle en privé, avec la tutrice ou la cadre. La surenchère transforme un rappel au secret en règlement de comptes entre collègues, et le message de Kévin est toujours en ligne. #refs: csp-r4312-25, csp-r4312-3
+ [Surenchérir : « Dix ans de nuits n'autorisent pas à se moquer d'un patient. Point. » #do: reply #score: secret 0, respect 0, posture -2, image -2 #fb: L'échange devient un règlement de comptes entre collègues devant sept personnes, dont deux hors de l'équipe ; la blague, elle, est toujours là, et personne n'a appris la règle. #refs: csp-r4312-25]
    Dix ans de nuits n'autorisent pas à se moquer d'un patient. Point. #from: moi
    Personne ne répond. Le message de Kévin est toujours là, au-dessus des vôtres.
    -> prescription
+ {etudiant()} [Excuse-moi pour le ton. Je maintiens le fond, mais j'aurais dû en parler autrement. #do: reply #score: secret 0, respect 1, posture 2, image 1 #fb: Vous reconnaissez la forme sans lâcher le fond, puis vous passez par votre tutrice : le conflit retombe et le problème arrive à la bonne personne.]
    ~ lecon = false
    ~ alerte = true
    Excuse-moi pour le ton. Je maintiens le fond, mais j'aurais dû en parler autrement. #from: moi
    Mouais. Ok. #from: kevin
    Maëlle, j'ai répondu trop vite dans le groupe, je suis {fem():désolée|désolé}. Mais le message sur M. Lacombe me pose vraiment problème. On peut en parler ? #from: moi #in: dm-maelle
    Je l'ai vu. Tu avais raison sur le fond, on travaillera la forme 😉 Je m'occupe du message et j'en parle à Isabelle. #from: maelle
    Kévin a supprimé un message #system: equipe
    -> prescription
+ {not etudiant()} [Pardon pour le ton, Kévin. Je maintiens le fond : on en parle ce soir à la relève, et on demande des règles à Isabelle. #do: reply #score: secret 0, respect 1, posture 2, image 1 #fb: Vous reconnaissez la forme, vous gardez le fond et vous proposez un cadre : la relève pour se parler, la cadre pour fixer des règles.]
    ~ lecon = false
    ~ alerte = true
    Pardon pour le ton, Kévin. Je maintiens le fond : on en parle ce soir à la relève, et on demande des règles à Isabelle. #from: moi
    … Ok. Je supprime. À ce soir. #from: kevin
    Kévin a supprimé un message #system: equipe
    -> prescription
+ [Supprimer votre message et ne plus rien dire #do: delete #score: secret 0, respect 0, posture 0, image 0 #fb: Le conflit retombe, mais la blague reste en ligne et plus personne n'en parle : tout le monde a lu votre message, et retiendra surtout qu'il valait mieux se taire.]
    ~ lecon = false
    Vous avez supprimé un message #system: equipe
    Tout le monde l'a déjà lu. La blague de Kévin, elle, est toujours là.
    -> prescription

// ─────────────────────────────────────────────────────────────
=== prescription ===
Le poste se termine dans cinquante minutes. #time: 20:10
{ muet :
    Le groupe est en sourdine, mais une mention passe quand même.
}
Qui est encore dans le service ? Quelqu'un peut me prendre en photo la prescri de la 12 ? Le Dr Collin a tout changé cet aprèm, je prépare ma nuit dans le bus 🙏 gain de temps #from: kevin #in: equipe
Je suis partie 😕 Camille, t'es encore là ? #from: lucie
{ lecon :
    … Camille ? Bon, sans rancune hein, j'ai vraiment besoin de la prescri. #from: kevin
}
La prescription de Mme Lemoine est dans le dossier patient informatisé, sur le chariot, à deux mètres de vous : depuis cet après-midi, elle est à jeun strict et perfusée, en attendant un test de déglutition demain matin. Kévin sera son infirmier cette nuit ; il prend son poste à 21 h, et la relève orale se fait à ce moment-là.
#decision: gw-prescription #note: La demande paraît anodine : Kévin fait partie de l'équipe de soins et veut gagner du temps. Que lui doit-on, et par où ? #expect: Kévin participe à la prise en charge : il doit recevoir ce qui est nécessaire à sa nuit, c'est le secret partagé, et le lui refuser mettrait la patiente en danger. Le problème est le canal (téléphones personnels, messagerie grand public, groupe où lisent des personnes extérieures) et l'inutilité de la copie : la prescription est dans le dossier, et la relève orale est à 21 h. #refs: csp-l1110-4, hds-messagerie, rgpd-9
+ [Prendre la photo et l'envoyer dans le groupe #do: photo #photo: gw-prescription #act: reveler-diagnostic #score: secret -3, respect -1, posture -1, image -1 #fb: Le nom, la date de naissance et les traitements de Mme Lemoine partent sur une messagerie grand public, et Hugo et Chloé, qui ne la soignent pas, les lisent : le secret est rompu dès ce premier lecteur non autorisé, groupe « fermé » ou pas. #refs: cp-226-13, csp-l1110-4, hds-messagerie #risk: penal; signalement au procureur; cp-226-13]
    ~ presc = 2
    Clic. #shot: gw-prescription
    Tiens 👍 #from: moi #in: equipe #photo: gw-prescription
    T'es au top 🙏 #from: kevin
    -> maison
+ [Prendre la photo et l'envoyer à Kévin seulement, en privé #do: photo #photo: gw-prescription #score: secret -1, respect 0, posture -1, image 0 #fb: Le destinataire fait partie de l'équipe, et il a besoin de savoir ; mais la photo reste sur deux téléphones personnels et sur les serveurs d'une application grand public : ce n'est pas un canal conforme pour des données de santé. #refs: hds-messagerie, rgpd-9]
    ~ presc = 1
    Clic. #shot: gw-prescription
    Je te l'envoie en privé 😉 #from: moi #in: dm-kevin #photo: gw-prescription
    Merci !! 🙏 #from: kevin
    -> maison
+ [Pardon, mais je ne donne rien sur les patients, même entre nous : secret pro 🤐 Vois avec le médecin de garde. #do: reply #score: secret 0, respect -2, posture -2, image 0 #fb: Kévin fait partie de l'équipe de soins : le secret partagé lui ouvre ce qui est nécessaire à sa nuit, et le lui refuser ne protège pas Mme Lemoine, cela l'expose. Ce qu'il fallait refuser, c'est le canal, pas l'information : le dossier, et la relève à 21 h. #refs: csp-l1110-4]
    ~ reserve = true
    Pardon, mais je ne donne rien sur les patients, même entre nous : secret pro 🤐 Vois avec le médecin de garde. #from: moi
    Euh… c'est moi qui l'ai cette nuit, la 12 😳 #from: kevin
    {etudiant() : À 21 h, Maëlle vous laisse faire la relève de vos trois patients.|À 21 h, vous faites la relève de votre secteur.} Pour la 12, vous vous en tenez à ce que vous avez écrit : « voir avec le médecin de garde ». Kévin hausse les épaules ; il a sept patients, et l'interne est aux urgences.
    -> maison
+ {etudiant()} [Demander d'abord à Maëlle #do: action #score: secret 2, respect 1, posture 1, image 0 #fb: Dans le doute, demander à sa tutrice est le bon réflexe en stage : elle répond, et elle sait maintenant que la question se pose.]
    ~ alerte = true
    Maëlle lit le message par-dessus votre épaule. « Surtout pas par Bulle. Une prescription, c'est le nom, la date de naissance, les traitements. Réponds-lui que c'est dans le dossier, et fais-lui bien la relève de la 12 à 21 h : il doit savoir qu'elle est à jeun. »
    C'est dans le dossier, tu la verras en arrivant. Je te fais la relève de la 12 à 21 h, il y a du nouveau 👍 #from: moi #in: equipe
    Ok cheffe 🫡 #from: kevin
    -> maison
+ {not etudiant()} [Répondre que tout est dans le dossier, puis écrire à la cadre pour proposer des règles pour le groupe #do: mail #score: secret 2, respect 1, posture 2, image 1 #fb: Vous refusez le canal, pas l'information : Kévin, qui soigne Mme Lemoine cette nuit, aura à 21 h ce qui est nécessaire à ses soins. Et vous faites remonter le problème à celle qui peut fixer des règles pour toute l'équipe. #refs: csp-l1110-4, hds-messagerie]
    ~ alerte = true
    Pas par Bulle 😉 Tout est dans le dossier, et je te fais la relève de la 12 à 21 h : il y a du nouveau. Pour ce genre de demande, on a la messagerie sécurisée de l'hôpital 👍 #from: moi #in: equipe
    Ok ok 👍 #from: kevin
    Depuis votre messagerie professionnelle, vous écrivez à Isabelle Caron, la cadre : le groupe fait circuler des noms, une photo de feuille de transmissions, des demandes de prescriptions ; deux personnes qui ne travaillent plus ici en sont membres. Vous proposez d'en parler en réunion d'équipe.
    Merci Camille, vous avez bien fait. J'inscris le sujet à la réunion d'équipe de lundi. Isabelle Caron #mail: cadre #subject: Re : Groupe Bulle du service #time: 20:41
    -> maison

// ─────────────────────────────────────────────────────────────
=== maison ===
// Une faute est déjà commise : la leçon publique ne comptera plus pour la fin.
{ transfert or rire or feuille or presc > 0 or reserve:
    ~ lecon = false
}
Le poste est fini. Dans le bus du retour, votre téléphone vibre. #time: 21:24
T'arrives quand ? 🍝 #from: sam #in: dm-sam
Au fait, Justine, ma collègue de la médiathèque, m'a dit que sa grand-mère est hospitalisée dans ton service. Odette Lemoine. Tu l'as vue ? Elle va comment ? 🥺 #from: sam
Justine s'inquiète, personne ne lui dit rien. Je lui dis quelque chose ? #from: sam
#decision: gw-sam #note: Sam est la personne la plus proche de vous, et connaît la famille. Que pouvez-vous répondre ? #expect: Rien sur la patiente, pas même qu'elle est dans le service : confirmer une hospitalisation, c'est déjà révéler. Le secret ne connaît pas d'exception pour les proches du soignant, et « ne le répète pas » ne rend pas la révélation licite ; écrite, la réponse laisse en plus une trace. C'est à Mme Lemoine de dire à sa famille ce qu'elle veut, quand elle le veut. Le geste utile : dire simplement qu'on est tenu au secret, et protéger son téléphone (aperçus des notifications, galerie). #refs: csp-r4312-5, cp-226-13
+ [Oui, c'est elle… Un AVC. Mais sa famille ne le sait pas encore, surtout ne dis rien à Justine. #do: reply #act: reveler-diagnostic #score: secret -3, respect -2, posture -2, image -1 #fb: Vous révélez à un tiers un diagnostic couvert par le secret, que Mme Lemoine voulait annoncer elle-même à sa fille : c'est la révélation que vise l'article 226-13, et « ne dis rien » n'y change rien. #refs: cp-226-13, csp-r4312-5 #risk: penal; signalement au procureur; cp-226-13]
    ~ sam = 1
    Oui, c'est elle… Un AVC. Mais sa famille ne le sait pas encore, surtout ne dis rien à Justine. #from: moi
    Oh non… 😢 Promis, je dis rien 🤐 #from: sam
    -> soiree
+ [Je ne peux rien te dire sur les patients, même pas qui est hospitalisé. Ne le prends pas mal ❤️ #do: reply #score: secret 2, respect 1, posture 1, image 0 #fb: Vous ne confirmez rien, même à la personne avec qui vous vivez : le secret couvre jusqu'au fait d'être hospitalisé. Le dire simplement évite le malentendu, même si Sam le prend un peu mal ce soir. #refs: cp-226-13]
    Je ne peux rien te dire sur les patients, même pas qui est hospitalisé. Ne le prends pas mal ❤️ #from: moi
    Ok… Des fois c'est vexant, ton secret pro 😕 Je dirai à Justine d'appeler sa grand-mère #from: sam
    -> soiree
+ [Aucune idée, je ne connais pas encore tous les patients. #do: reply #score: secret 1, respect 0, posture -1, image 0 #fb: Vous ne révélez rien, mais le mensonge tiendra mal si Sam insiste ; dire simplement que vous êtes {fem():tenue|tenu} au secret est plus solide, et plus honnête.]
    Aucune idée, je ne connais pas encore tous les patients. #from: moi
    Ah bon ? Ok 🤷 #from: sam
    -> soiree
+ [Elle est bien dans le service, mais je ne peux rien te dire de plus. #do: reply #act: confirmer-hospitalisation #score: secret -2, respect -1, posture -1, image 0 #fb: Confirmer qu'une personne est hospitalisée, c'est déjà révéler une information couverte par le secret : « rien de plus » arrive trop tard. #refs: cp-226-13, csp-r4312-5 #risk: penal; signalement au procureur; cp-226-13]
    ~ sam = 2
    Elle est bien dans le service, mais je ne peux rien te dire de plus. #from: moi
    D'accord ! Je dirai juste à Justine que tu l'as vue, ça la rassurera 🙏 #from: sam
    -> soiree

= soiree
Chez vous. Sam regarde une série sur le canapé ; vous posez votre téléphone sur la table basse. #time: 22:36
{
- reserve:
    Kévin : Mme Lemoine a fait une fausse route avec le verre d'eau que je lui ai donné. Elle était à jeun ?! Personne me l'a dit !! #notif: chat #from: kevin
    L'écran s'allume. Sam lit l'aperçu sans le vouloir, puis vous regarde. Une heure plus tard, Kévin écrit encore : l'interne est passé, Mme Lemoine respire bien, il a déclaré l'incident. Ce que vous n'avez pas transmis à la relève, c'est elle qui l'a payé. Vous masquez l'aperçu des messages sur l'écran verrouillé.
- not muet:
    Kévin : la fille de Mme Lemoine a rappelé, elle a l'air très inquiète, je lui dis quoi ?? #notif: chat #from: kevin
    L'écran s'allume. Sam lit l'aperçu sans le vouloir, puis vous regarde. Même quand vous ne dites rien, votre téléphone parle : vous masquez l'aperçu des messages sur l'écran verrouillé.
}
{ feuille :
    Plus tard, Sam prend votre téléphone pour retrouver les photos de dimanche et fait défiler la galerie. Son doigt s'arrête sur la feuille de transmissions : douze noms, douze diagnostics, « Lemoine Odette, 82 ans, AVC ». « Tu gardes ça dans ton téléphone ? » Vous supprimez la photo. Trop tard pour ce que Sam a lu.
}
{ sam == 1 :
    Quand vous éteignez la lumière, l'écran de Sam est encore allumé.
}
-> jeudi

// ─────────────────────────────────────────────────────────────
=== jeudi ===
~ muet = false
// Le jeudi : on retient la faute principale, dans l'ordre où les fins la jugent.
{
- transfert:
    ~ issue = 1
- sam == 1:
    ~ issue = 2
- rire:
    ~ issue = 3
- presc == 2 or sam == 2:
    ~ issue = 5
- presc == 1 or feuille:
    ~ issue = 4
- reserve:
    ~ issue = 6
- else:
    ~ issue = 0
}
~ reserve = false
{ issue == 3 or issue == 5:
    ~ aussi = presc == 2 or sam == 2
}
// La feuille ne compte plus que pour les petites fuites, la leçon publique que s'il n'y a pas de faute.
{ issue != 4:
    ~ feuille = false
}
{ issue != 0:
    ~ lecon = false
}
Deux jours plus tard… #skip #time: 07:42 #date: jeudi 16 janvier
{ sam == 1 :
    Pardon… J'ai juste dit à Justine de passer voir sa grand-mère, que c'était sérieux. Elle a appelé sa mère, qui a appris l'AVC comme ça, au téléphone, la veille du rendez-vous. Sa grand-mère voulait le lui dire elle-même, avec le médecin. Justine est furieuse, et elle sait que ça vient de moi. #from: sam #in: dm-sam
}
{ sam == 2 :
    Justine a raconté à sa grand-mère que tu l'avais vue, et que tu me l'avais dit. Ça ne lui a pas plu du tout, qu'on parle d'elle chez nous… Elle va en parler au service, je crois. #from: sam #in: dm-sam
}
{ transfert :
    Camille… 😰 Je suis désolée. J'ai montré ta capture à ma cousine, et elle l'a postée sur Vu à Valmont. Je lui ai demandé de l'enlever, elle ne répond pas. #from: ambre #in: copains
}
Vu à Valmont a publié une nouvelle photo #notif: social #from: vuavalmont
#open: social
Ambiance à l'hôpital de Valmont 🍷😂 Voilà comment certains soignants parlent de leurs patients… Ça vous choque ? #post: vav-capture #from: vuavalmont #audience: public #photo: gw-capture-blague
Honteux. Et après on s'étonne que les gens aient peur d'aller à l'hôpital. #comment: vav-capture #from: nadege
C'est mon père. Chambre 7, c'était mardi. Il est malade, pas un sketch. Il a écrit à la direction, je l'ai aidé. #comment: vav-capture #from: jessica
Sous la publication : 482 réactions, 131 partages. Sur la capture, on lit le nom du groupe, « le monsieur de la 7 », le sevrage, la date{rire :, et, juste dessous, votre prénom à côté d'un 😂}.
{ not transfert :
    Qui a fait cette capture ? Quelqu'un du groupe, mardi soir, avant toute suppression. Une capture est une copie que plus personne ne contrôle.
}
#decision: gw-publication #note: La capture est publique, et ce n'est pas vous qui l'avez publiée. Que faire maintenant ? #expect: Signaler la publication à la plateforme (atteinte à la vie privée d'un patient) et prévenir tout de suite la cadre, qui fera agir la direction. Ne pas commenter : cela confirme l'authenticité, attire l'attention et, sous votre nom, déconsidère la profession. Ne pas la repartager, même pour prévenir l'équipe. M. Lacombe, lui, peut demander au juge de faire cesser l'atteinte : c'est son droit. #refs: cc-9, csp-r4312-9
+ [Signaler la publication à Cercle, puis prévenir la cadre #do: report #score: secret 1, respect 2, posture 1, image 1 #fb: Signaler limite la diffusion d'une atteinte à la vie privée du patient, et la cadre peut faire agir la direction : vous traitez le problème, pas seulement votre malaise. #refs: cc-9]
    ~ cercle = 1
    Cercle : « Merci, votre signalement pour atteinte à la vie privée va être examiné. » Puis vous laissez un message à Isabelle Caron : vous avez vu la publication, vous l'avez signalée, vous êtes disponible.
    -> appel_cadre
+ [Commenter pour défendre l'équipe : « Vous ne savez pas ce que c'est, les nuits à l'hôpital. » #do: reply #score: secret -1, respect -1, posture -2, image -2 #fb: Votre commentaire, sous votre nom, confirme que la capture vient bien du service et lui donne plus de visibilité ; défendre l'équipe ne répare rien pour le patient, et déconsidère la profession. #refs: csp-r4312-9]
    ~ cercle = 2
    Vous ne savez pas ce que c'est, les nuits à l'hôpital. #comment: vav-capture #from: moi
    Ah, quelqu'un du service ? Vous le connaissez, le monsieur de la 7 ? 🍿 #comment: vav-capture #from: nadege
    -> appel_cadre
+ [Partager la publication dans le groupe de l'équipe : « Regardez ce qui circule 😱 » #do: action #score: secret -1, respect 0, posture 0, image 0 #fb: Prévenir l'équipe part d'une bonne intention, mais une copie de plus circule dans un groupe où lisent encore des personnes qui ne participent pas à la prise en charge ; la cadre est la bonne interlocutrice. #refs: csp-l1110-4]
    Regardez ce qui circule 😱 #from: moi #in: equipe #photo: gw-capture-blague
    Oh non… 😨 #from: lucie
    C'est pas moi qui l'ai sortie, hein ! #from: chloe
    -> appel_cadre
+ [Ne rien faire : ce n'est pas vous qui l'avez écrite #do: ignore #score: secret 0, respect -1, posture -1, image -1 #fb: La publication continue de circuler pendant que vous attendez ; chaque heure compte pour la personne exposée, et signaler ne demande qu'un geste.]
    Vous reposez le téléphone. Le compteur de partages, lui, continue de tourner.
    -> appel_cadre

// ─────────────────────────────────────────────────────────────
=== appel_cadre ===
Isabelle Caron, cadre de santé #notif: phone #from: cadre #time: 09:15
Bonjour Camille, c'est Isabelle Caron. Vous avez vu ce qui circule sur Cercle, j'imagine. #call: cadre
M. Lacombe a écrit à la direction hier soir ; sa fille l'a aidé. Je reçois tous les membres du groupe, un par un. #call: cadre
{ cercle == 1 :
    Merci pour votre message de ce matin. La direction a demandé le retrait de la publication. #call: cadre
}
{ cercle == 2 :
    J'ai vu votre commentaire sous la publication. Retirez-le, s'il vous plaît : il confirme que la capture vient de chez nous. #call: cadre
}
~ cercle = 0
{ alerte and not a_faute() :
    Je sais que vous avez réagi dès mardi, et dans le bon sens. Merci, c'est précieux. #call: cadre
}
{ alerte and a_faute() :
    Je sais que vous avez soulevé la question dès mardi. #call: cadre
}
{ rire :
    Votre réaction 😂 apparaît sous le message de Kévin, avec votre prénom. Je dois vous poser la question. #call: cadre
}
{ transfert :
    Je cherche encore comment la capture est sortie de l'hôpital. #call: cadre
}
{ presc == 2 :
    J'ai aussi vu passer dans le groupe, mardi soir, la photo d'une prescription. Hugo et Chloé l'ont lue. #call: cadre
}
{ presc == 1 :
    Kévin m'a dit qu'on lui envoie parfois des prescriptions en photo. La dernière venait de vous. #call: cadre
}
{ issue == 6 :
    Et Kévin m'a raconté mardi soir. Mme Lemoine a fait une fausse route à 21 h 30, avec un verre d'eau qu'il lui a donné : elle était à jeun depuis l'après-midi, et à la relève, pour la 12, il n'a eu que « voir avec le médecin ». Elle va bien, mais l'événement a été déclaré. #call: cadre
}
{ sam == 1 :
    Et il y a plus grave, peut-être. Mme Lemoine m'a fait appeler hier. Elle voulait annoncer elle-même son AVC à sa fille, avec le Dr Collin ; sa fille l'a appris la veille au soir, au téléphone, par Justine. Elle dit que ça vient de l'entourage de quelqu'un du service, et elle parle de porter plainte. #call: cadre
}
{ sam == 2 :
    Mme Lemoine m'a aussi demandé pourquoi on parle d'elle en ville : sa petite-fille sait, par l'entourage de quelqu'un du service, qu'on l'a vue ici. Je pose la question à tout le monde. #call: cadre
}
Racontez-moi. Qu'est-ce que vous pouvez me dire ? #call: cadre
// L'appel est passé : on oublie ce qui ne sert plus ni à la réponse ni à la fin.
~ rire = false
~ transfert = false
{ issue != 0 or lecon:
    ~ alerte = false
}
{ issue != 4 and issue != 5:
    ~ presc = 0
}
{ issue != 5:
    ~ sam = 0
}
#decision: gw-cadre #note: La cadre enquête. Que lui dire ? #expect: Tout dire, y compris sa propre part : la loyauté permet de limiter les dégâts pour les patients et compte dans l'appréciation d'une faute. « C'est un groupe privé » ne change rien au secret : il est rompu dès le premier lecteur qui ne participe pas à la prise en charge, quel que soit le canal. Le « privé » peut compter en droit du travail (une conversation dans un groupe fermé de 14 personnes a été jugée privée par la Cour de cassation en 2018), pas pour le secret. Taire sa part ne protège personne : les messages sont chez tous les membres. #refs: csp-r4312-4, cp-226-13, cas-cass-soc-2018
+ [Tout raconter, y compris votre propre part #do: action #score: secret 0, respect 0, posture 2, image 1 #fb: La franchise permet à la cadre de protéger les patients et de traiter le problème à la racine ; la loyauté fait partie de vos devoirs, et elle compte dans l'appréciation d'une éventuelle faute. #refs: csp-r4312-4]
    ~ cadre_rep = 0
    { a_faute() :
        Vous racontez tout, sans rien arranger{issue == 1 :, y compris la capture envoyée à vos amis}{issue == 2 :, y compris ce que vous avez dit à Sam}. Un long silence au bout du fil.
        Merci de me le dire vous-même. Ce n'est pas rien, vous le savez. {etudiant() : J'en parle à Maëlle et à votre formatrice référente ; c'est la direction qui décidera s'il faut prévenir le directeur de votre institut.|Je dois en rendre compte à la direction.} #call: cadre
    }
    { not a_faute() :
        Vous racontez la journée de mardi, message par message, et ce que vous avez fait.
        Merci. Ce que vous me dites m'aide à comprendre comment ce groupe a dérivé. #call: cadre
    }
    -> reunion
+ [C'est un groupe privé, entre collègues. Tout le monde fait ça, vous savez. #do: action #score: secret -1, respect -1, posture -2, image -1 #fb: Privé ou pas, le secret est rompu dès le premier lecteur qui ne participe pas à la prise en charge : ici Hugo, mardi à 12 h 53. Le « privé » peut compter en droit du travail, où la Cour de cassation a jugé privée, en 2018, une conversation dans un groupe fermé de 14 personnes ; pour le secret, il ne compte pas. Et « tout le monde fait ça » ne protège ni les patients ni vous. #refs: cp-226-13, cas-cass-soc-2018]
    ~ cadre_rep = 1
    « C'est un groupe privé, entre collègues. Tout le monde fait ça, vous savez. »
    Privé ou pas, pour le secret, ça ne change rien, Camille. Mardi à 12 h 53, Hugo, qui ne soigne plus personne ici, a lu le nom et le diagnostic de Mme Lemoine : le secret était rompu à cette minute-là, par le premier lecteur qui n'avait pas à le lire. #call: cadre
    -> reunion
+ {a_faute()} [Raconter ce qu'ont fait Sabrina et Kévin, sans parler de vos propres messages #do: action #score: secret 0, respect -1, posture -3, image -1 #fb: Taire votre part ajoute un manquement à la loyauté à ce qui s'est passé, au moment où la cadre essaie de protéger les patients ; et vos messages, eux, sont dans le téléphone de chaque membre. #refs: csp-r4312-4 #risk: institut; avertissement; ifsi-discipline, csp-r4312-4 #risk: employeur; avertissement; fph-contractuel, fph-procedure, csp-r4312-4]
    ~ cadre_rep = 2
    Vous racontez le message de Sabrina, la feuille de transmissions, la blague de Kévin. De ce que vous avez fait, vous, vous ne dites rien.
    Et vous, Camille ? Rien d'autre ? … Bien. Je note. #call: cadre
    -> reunion

// ─────────────────────────────────────────────────────────────
=== reunion ===
// La réponse à la cadre est donnée : on ne garde que ce que la fin lit.
{ (issue != 4 and issue != 5) or cadre_rep == 2:
    ~ feuille = false
    ~ presc = 0
    ~ sam = 0
}
{ issue != 0 or cadre_rep == 2:
    ~ lecon = false
    ~ alerte = false
}
{ issue != 3 and cadre_rep != 2:
    ~ aussi = false
}
// La franchise ne se lit plus que pour la capture (0 ou non) et les petites fuites (1 ou non).
{ cadre_rep == 2 and (issue == 1 or issue == 2):
    ~ cadre_rep = 1
}
{ cadre_rep == 1 and issue != 1 and issue != 4:
    ~ cadre_rep = 0
}
// The call ends on the meeting it announces: cut by the time skip, it read as a dropped call.
Je réunis toute l'équipe lundi, à 14 h, après la relève. D'ici là, plus aucune information sur un patient dans ce groupe. #call: cadre
Isabelle Caron raccroche. Lundi, la réunion d'équipe.
Quatre jours plus tard… #skip #time: 14:40 #date: lundi 20 janvier
La réunion d'équipe vient de finir. Isabelle Caron a rappelé les règles : aucune information sur un patient hors du dossier et de la messagerie sécurisée de l'hôpital ; le secret partagé se limite aux soignants qui prennent le patient en charge, et au strict nécessaire, mais ce nécessaire-là se transmet, à la relève et dans le dossier. La direction a répondu à M. Lacombe. Pour le groupe, la cadre a laissé l'équipe décider : « Gardez-le si vous voulez, mais avec des règles. »
Bon, suite à la réunion : on garde le groupe ? On en fait quoi ? Donnez vos idées 🙏 #from: maelle #in: equipe
Moi j'en ai besoin pour les échanges de postes 😩 sans le groupe je m'en sors pas #from: lucie
On peut faire un autre groupe, entre nous, sans les chefs 😏 et on fait gaffe #from: kevin
Je peux rester, moi ? 😇 #from: hugo
#decision: gw-avenir #note: Faut-il garder le groupe, et à quelles conditions ? #expect: Un groupe de service peut rester utile pour la logistique (plannings, échanges de postes), à condition d'en retirer les personnes qui ne sont plus dans l'équipe et de n'y mettre aucune information sur les patients : celles-ci passent par le dossier et la messagerie sécurisée. Un groupe bis « entre nous » reproduit le même risque, en plus caché. #refs: hds-messagerie, csp-l1110-4, rgpd-9
+ [Proposition : on garde le groupe pour les plannings et les échanges seulement. On retire celles et ceux qui ne sont plus dans le service, et tout ce qui concerne les patients passe par le dossier ou la messagerie sécurisée. #do: reply #score: secret 1, respect 0, posture 1, image 2 #fb: Vous gardez ce que le groupe fait bien et vous fermez ce qui posait problème : les bons destinataires, et le bon canal pour les données de santé. Tout le monde ne vous en remerciera pas. #refs: hds-messagerie, csp-l1110-4]
    ~ avenir = 1
    Proposition : on garde le groupe pour les plannings et les échanges seulement. On retire celles et ceux qui ne sont plus dans le service, et tout ce qui concerne les patients passe par le dossier ou la messagerie sécurisée. #from: moi
    Validé 👍 #from: maelle
    Super. Bienvenue à la police du groupe 🙄 #from: kevin
    Snif 😢 Bonne continuation à tous et à toutes ! #from: hugo
    Maëlle Bernard a retiré Hugo Sellier #system: equipe #leave: hugo
    Maëlle Bernard a retiré Chloé Vidal #system: equipe #leave: chloe
    Maëlle Bernard a modifié la description du groupe : « Plannings, échanges, infos pratiques. Aucune information sur les patients : dossier ou messagerie sécurisée. » #system: equipe
    -> denouement
+ [Quitter le groupe #do: leave #score: secret 1, respect 0, posture 0, image 0 #fb: Vous vous mettez à l'abri, mais vous perdez les plannings et vous laissez l'équipe décider des règles sans vous.]
    ~ avenir = 2
    Vous avez quitté le groupe #system: equipe #leave: moi
    -> denouement
+ [Carrément, un groupe entre nous, et on fait attention 👍 #do: reply #score: secret -2, respect -1, posture -2, image -2 #fb: Le problème n'était pas la présence des chefs, mais le canal et les destinataires : un groupe bis reproduit le même risque, en plus caché. #refs: hds-messagerie, csp-l1110-4]
    ~ avenir = 3
    Carrément, un groupe entre nous, et on fait attention 👍 #from: moi
    Kévin Dumas a créé le groupe « Méd B off 🤫 » #system: equipe-bis #join: moi
    Kévin Dumas a ajouté Hugo Sellier #system: equipe-bis #join: hugo
    Bienvenue dans le vrai groupe 😎 #from: kevin #in: equipe-bis
    -> denouement
+ [Ne rien proposer : laisser Maëlle et la cadre décider #do: ignore #score: secret 0, respect 0, posture -1, image 0 #fb: Les règles se décideront sans vous ; votre expérience de mardi aurait pourtant aidé l'équipe à fixer les bonnes.]
    ~ avenir = 0
    Vous lisez les propositions sans répondre. Le soir, le groupe a déjà parlé d'autre chose.
    -> denouement

// ─────────────────────────────────────────────────────────────
=== denouement ===
{
- issue == 1:
    -> fin_capture_transferee
- issue == 2:
    -> fin_secret_maison
- cadre_rep == 2:
    -> fin_part_passee_sous_silence
- issue == 3:
    -> fin_reaction_capturee
- issue == 5:
    -> fin_un_lecteur_de_trop
- issue == 4:
    -> fin_petites_fuites
- issue == 6:
    -> fin_secret_contre_la_patiente
- avenir == 3:
    -> fin_groupe_bis
- lecon == true:
    -> fin_seul_contre_tous
- avenir == 1:
    -> fin_groupe_recentre
- else:
    -> fin_a_l_ecart
}

// ─────────────────────────────────────────────────────────────
=== fin_groupe_recentre ===
Trois semaines plus tard… #skip #time: 13:05 #date: lundi 10 février
Qui me prend mon samedi 22 ? 🙏 Je te rends un dimanche #from: lucie #in: equipe
Moi ! Si tu me prends ma nuit du 3 😉 #from: kevin
Deal 🤝 Je mets le tableau à jour #from: lucie #photo: gw-planning
Formation en ligne gratuite jeudi sur les plaies chroniques, l'affiche est au poste de soins. Qui vient ? #from: maelle #photo: affiche-formation
Au vestiaire, Kévin vous salue à peine. Il vous appelle encore « la police du groupe », et il n'est pas le seul à sourire.
{ etudiant() :
    Bonjour Camille, votre tutrice m'a parlé des règles que vous avez proposées pour le groupe de l'équipe. Accepteriez-vous de présenter cette situation, sans aucun nom, à votre promotion en analyse de pratique ? Bien cordialement, Claire Fontaine #mail: formatrice #subject: Analyse de pratique
}
{ not etudiant() :
    Bonjour Camille, la direction des soins voudrait diffuser les règles de notre groupe aux autres services. Accepteriez-vous de les présenter avec Maëlle à la prochaine réunion des cadres ? Merci encore, Isabelle Caron #mail: cadre #subject: Les règles du groupe
}
#ending: groupe-recentre #title: Le groupe remis à sa place #severity: exemplary
#sanction: aucune
#refs: csp-l1110-4, hds-messagerie
Vous avez fait ce que demande le secret partagé : une information sur un patient circule entre les professionnels qui le prennent en charge, seulement ce qui est nécessaire, et par le dossier ou la relève plutôt que par une messagerie grand public. #debrief
{alerte : {etudiant() : En stage, vous êtes {fem():passée|passé} par votre tutrice plutôt que de vous taire ou de faire la leçon en public|Vous avez rappelé la règle sans humilier personne, demandé les retraits et proposé le bon canal}|Vous avez d'abord hésité à parler ; mais au moment de fixer les règles, vous avez proposé les bonnes}. #debrief
Le groupe n'a pas disparu : il sert à ce qu'il fait bien, les plannings, les échanges de postes, une formation à partager, pendant que les informations cliniques passent par le dossier patient et la messagerie sécurisée. #debrief
La capture a tout de même circulé : supprimer un message n'efface jamais les copies, c'est pourquoi rien de nominatif ne doit y être écrit. #debrief
Et faire respecter la règle a un prix : un surnom, quelques sourires en coin, une place moins confortable dans l'équipe pendant quelque temps. #debrief
Quelles règles écririez-vous dans la description d'un groupe de service ? #question
Que répondriez-vous à Kévin, au vestiaire, quand il vous appelle « la police du groupe » ? #question
-> END

// ─────────────────────────────────────────────────────────────
=== fin_a_l_ecart ===
Trois semaines plus tard… #skip #time: 13:05 #date: lundi 10 février
{ avenir == 2 :
    Au poste de soins, Lucie râle : « Personne ne t'a {fem():prévenue|prévenu} pour l'échange de samedi ? Forcément, tu n'es plus dans le groupe ! » Puis, plus bas : « Sabrina a encore posté une feuille de transmissions hier soir. »
}
{ avenir != 2 :
    Désolée l'équipe, pas eu le temps de transmettre, voilà ma feuille 🙏 #from: sabrina #in: equipe #photo: gw-feuille-transmissions
    Hugo et Chloé sont toujours dans la liste des membres.
}
#ending: a-l-ecart #title: À l'écart, et rien n'a changé #severity: minor
#sanction: aucune
#refs: csp-l1110-4, hds-messagerie
Vous n'avez rien diffusé vous-même : aucun patient n'a été exposé par vous. #debrief
{alerte : Vous aviez même alerté au bon endroit ; mais au moment de fixer les règles, vous vous êtes {fem():mise|mis} à l'écart|Mais vous n'avez rien dit non plus, ni à {etudiant() : votre tutrice|vos collègues}, ni à la cadre}. #debrief
Le groupe continue comme avant : les mêmes photos, les mêmes personnes extérieures dans la liste des membres, et la prochaine capture n'est qu'une question de temps. #debrief
Le secret partagé ne se protège pas seulement en se taisant : il demande que quelqu'un dise où passent les informations des patients, et entre qui. #debrief
Qu'est-ce qui vous a {fem():retenue|retenu} de proposer des règles pour le groupe ? #question
À qui auriez-vous pu parler, et à quel moment de la journée ? #question
-> END

// ─────────────────────────────────────────────────────────────
=== fin_seul_contre_tous ===
Trois semaines plus tard… #skip #time: 13:05 #date: lundi 10 février
{ etudiant() :
    Bonjour Camille, votre bilan de mi-stage est en ligne. Votre tutrice note : « Grande vigilance sur le secret professionnel, pertinente sur le fond. À travailler : la communication dans l'équipe ; l'échange public du 14 janvier a fermé le dialogue. » Nous en parlerons ensemble lors de ma visite. Claire Fontaine #mail: formatrice #subject: Bilan de mi-stage
}
{ not etudiant() :
    Bonjour Camille, on m'a rapporté l'échange du 14 janvier dans le groupe. Sur le fond, vous aviez raison. Sur la forme, j'aurais préféré être prévenue, et que Kévin ne l'apprenne pas devant sept personnes. Passez me voir cette semaine. Isabelle Caron #mail: cadre #subject: Le 14 janvier
}
Dans le groupe, Kévin ne vous répond plus que par des pouces.
#ending: seul-contre-tous #title: Raison sur le fond, tort sur la forme #severity: minor
#sanction: aucune
#refs: csp-r4312-3{not etudiant() :, csp-r4312-25}
Vous avez vu juste : la blague exposait la détresse d'un patient reconnaissable, dans un groupe où lisaient des personnes extérieures à l'équipe. #debrief
Mais la leçon publique a transformé un rappel au secret en conflit : Kévin s'est braqué, le message est resté en ligne, et personne n'a appris la règle. #debrief
{etudiant() : En stage, la voie la plus sûre passe par votre tutrice ou la cadre : elles ont l'autorité pour agir, et vous n'avez pas à porter ça {fem():seule|seul}|Entre infirmiers, la confraternité n'empêche pas de dire les choses : elle invite à les dire en deux mots en public, et franchement en privé}. #debrief
Aucune sanction ici : avoir raison n'est pas une faute, mais ce n'est pas encore avoir été efficace. #debrief
Quelle phrase courte, sans reproche, aurait arrêté la blague dans le groupe ? #question
Qu'auriez-vous dit à Kévin en privé, le soir même ? #question
-> END

// ─────────────────────────────────────────────────────────────
=== fin_groupe_bis ===
Deux semaines plus tard… #skip #time: 23:12 #date: lundi 3 février
Le 4 est revenu 😩 même tableau qu'en décembre, devinez qui va sonner toute la nuit 🙄 je vous mets la feuille #from: kevin #in: equipe-bis #photo: gw-feuille-transmissions
Nooon pas lui 😂 #from: hugo
😂😂 courage #from: lucie
{ etudiant() :
    Bonjour Camille, j'ai appris l'existence d'un groupe parallèle où circulent de nouveau des informations sur les patients, et où l'on vous a {fem():vue|vu} approuver sa création. Je vous recevrai demain avec Maëlle, et j'en informerai votre formatrice référente. Isabelle Caron #mail: cadre #subject: Groupe parallèle #time: 08:30 #date: mardi 4 février
}
{ not etudiant() :
    Bonjour Camille, j'ai appris l'existence d'un groupe parallèle où circulent de nouveau des informations sur les patients, et où l'on vous a {fem():vue|vu} approuver sa création. Je vous recevrai demain. Isabelle Caron #mail: cadre #subject: Groupe parallèle #time: 08:30 #date: mardi 4 février
}
#ending: groupe-bis #title: Le groupe bis #severity: moderate
#sanction: stage; entretien avec la tutrice; hds-messagerie
#sanction: employeur; entretien avec la cadre; hds-messagerie
#refs: hds-messagerie, csp-l1110-4
Vous n'avez rien diffusé vous-même, mais vous avez soutenu un groupe « entre nous », sans la cadre, sans règles. #debrief
Deux semaines plus tard, il ressemble trait pour trait à l'ancien : une feuille de transmissions, une moquerie, et Hugo, qui n'est plus dans l'équipe, de nouveau parmi les lecteurs. #debrief
Le problème n'a jamais été la présence des chefs : c'est le canal, une messagerie grand public qui n'est pas conforme pour les données de santé, et les destinataires, qui doivent tous participer à la prise en charge. #debrief
Pour l'instant, c'est un entretien avec la cadre ; la prochaine capture pourrait coûter beaucoup plus cher. #debrief
Pourquoi l'idée d'un groupe « sans les chefs » est-elle si tentante ? #question
Que faudrait-il pour qu'un groupe d'équipe reste un outil de logistique ? #question
-> END

// ─────────────────────────────────────────────────────────────
=== fin_secret_contre_la_patiente ===
Trois semaines plus tard… #skip #time: 13:05 #date: lundi 10 février
{ etudiant() :
    Bonjour Camille, votre tutrice m'a parlé de la relève du 14 janvier et de ce qui a suivi pour la patiente de la chambre 12. Nous en reparlerons lors de ma visite : le secret professionnel ne s'oppose jamais à ce que l'équipe de soins reçoive ce qui est nécessaire aux soins. Claire Fontaine #mail: formatrice #subject: La relève du 14 janvier
}
{ not etudiant() :
    Bonjour Camille, l'événement indésirable du 14 janvier (chambre 12) passe jeudi en revue d'équipe, sans recherche de coupable. J'aimerais que vous veniez expliquer comment vous compreniez le secret ce soir-là : d'autres le comprennent sans doute de la même façon. Isabelle Caron #mail: cadre #subject: L'événement du 14 janvier
}
#ending: secret-contre-la-patiente #title: Un secret gardé contre la patiente #severity: moderate
#sanction: stage; entretien avec le formateur référent; csp-l1110-4
#sanction: employeur; entretien avec la cadre; csp-l1110-4
#refs: csp-l1110-4, {etudiant() :etudiant-assurance|civil-1240}
Vous avez refusé à Kévin, l'infirmier de nuit de Mme Lemoine, ce qu'il lui fallait pour la soigner : elle était à jeun strict, et il l'ignorait. #debrief
Le secret partagé existe pour ça : entre les professionnels qui participent à la prise en charge, l'information nécessaire circule, et au sein de l'équipe de soins elle est réputée confiée à toute l'équipe. #debrief
Ce qui posait problème mardi soir, c'était le canal, une photo sur une messagerie grand public ; la réponse était le dossier et la relève, pas le silence. #debrief
Mme Lemoine s'en est remise, et il n'y a pas de sanction ; mais un événement indésirable a été déclaré, et la leçon est claire : un excès de prudence a aussi un coût, et c'est le patient qui le paie. #debrief
{etudiant() : Si elle avait gardé des séquelles, la question de la réparation se serait posée : c'est pour ce genre de cas que tout étudiant en stage doit être couvert par une assurance responsabilité civile|Si elle avait gardé des séquelles, c'est l'hôpital qui en aurait répondu devant le juge administratif : une faute commise dans le service est une faute de service}. #debrief
Qu'est-ce qui vous a fait confondre le canal et le destinataire ? #question
Qu'est-ce qu'une relève doit transmettre sur un patient, et à qui ? #question
-> END

// ─────────────────────────────────────────────────────────────
=== fin_petites_fuites ===
Trois semaines plus tard… #skip #time: 10:20 #date: lundi 10 février
{ etudiant() :
    Bonjour Camille, le centre hospitalier de Valmont m'a signalé des informations sur des patients sorties du service par votre téléphone. Je vous reçois jeudi à 14 h avec votre formatrice référente. Selon ce qui ressortira de cet entretien, votre situation pourra être examinée par la section compétente pour le traitement des situations disciplinaires. Le directeur de l'IFSI de Valmont #mail: ifsi #subject: Entretien jeudi 13 février
}
{ not etudiant() :
    Madame, Monsieur, à la suite de l'enquête interne sur le groupe de messagerie de médecine B, le directeur envisage de prononcer à votre encontre un avertissement, pour la diffusion d'informations sur des patients par un canal non conforme. Avant toute décision, vous pouvez consulter l'intégralité de votre dossier, présenter vos observations et vous faire assister par le défenseur de votre choix. Pour le directeur, la direction des ressources humaines du CH de Valmont #mail: drh #subject: Procédure disciplinaire
}
#ending: petites-fuites #title: Des petites fuites #severity: moderate
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline
#sanction: institut; avertissement; ifsi-discipline, csp-r4312-5
#sanction: employeur; avertissement; fph-contractuel, fph-procedure, csp-r4312-5
#refs: hds-messagerie, rgpd-9
{presc == 1 : La prescription de Mme Lemoine, avec son nom, sa date de naissance et ses traitements, est partie en photo par une messagerie grand public, même si son destinataire faisait partie de l'équipe. }{feuille : La feuille de transmissions de douze patients est passée par votre galerie, où Sam l'a lue. } #debrief
Chaque geste avait une bonne raison, gagner du temps ou rassurer, mais le secret partagé exige à la fois les bons destinataires et le bon canal : le dossier patient, la relève, la messagerie sécurisée. #debrief
Les données de santé sont une catégorie protégée ; les amendes prévues par le RGPD visent l'établissement, responsable du traitement, mais c'est vous que la discipline rattrape. #debrief
{cadre_rep == 1 : En parlant de groupe privé devant la cadre, vous n'avez rien arrangé : privé ou non, le secret tient à qui lit, pas au canal|En le reconnaissant devant la cadre, vous avez permis de limiter les copies}. #debrief
Quelle demande « pour gagner du temps » avez-vous déjà reçue en stage ou en service ? #question
Comment répondre à un collègue pressé sans le laisser sans solution ? #question
-> END

// ─────────────────────────────────────────────────────────────
=== fin_un_lecteur_de_trop ===
Trois semaines plus tard… #skip #time: 10:20 #date: lundi 10 février
{ etudiant() :
    Madame, Monsieur, le centre hospitalier de Valmont nous a signalé que vous aviez transmis des informations couvertes par le secret à des personnes extérieures à la prise en charge. Votre situation sera examinée par la section compétente pour le traitement des situations disciplinaires le 3 mars à 9 h 30 ; vous pourrez consulter votre dossier, présenter vos observations et vous faire assister. La direction de l'IFSI de Valmont #mail: ifsi #subject: Convocation
}
{ not etudiant() :
    Madame, Monsieur, à la suite de l'enquête interne sur le groupe de messagerie de médecine B, le directeur envisage de prononcer à votre encontre un blâme, pour avoir révélé des informations couvertes par le secret à des personnes extérieures à la prise en charge. Avant toute décision, vous pouvez consulter l'intégralité de votre dossier, présenter vos observations et vous faire assister par le défenseur de votre choix. Pour le directeur, la direction des ressources humaines du CH de Valmont #mail: drh #subject: Procédure disciplinaire
}
#ending: un-lecteur-de-trop #title: Un lecteur de trop #severity: moderate
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline
#sanction: institut; blâme; ifsi-discipline, csp-r4312-5
#sanction: employeur; blâme; fph-contractuel, fph-procedure, csp-r4312-5
#sanction: penal; signalement au procureur; cp-226-13
#refs: cp-226-13, csp-l1110-4
{presc == 2 : Vous avez envoyé la prescription de Mme Lemoine dans un groupe où la lisaient Hugo et Chloé, qui ne la soignent pas. }{sam == 2 : Vous avez confirmé à Sam que Mme Lemoine était hospitalisée dans votre service. } #debrief
Le secret est rompu dès le premier lecteur qui ne participe pas à la prise en charge : un seul suffit, et qu'il lise dans un groupe fermé, un message privé ou chez vous n'y change rien. #debrief
C'est une révélation au sens de l'article 226-13, dont la peine peut aller jusqu'à 1 an d'emprisonnement et 15 000 € d'amende ; le procureur peut en être saisi sur simple signalement, et pour un fait isolé il lui faut des mois pour décider s'il poursuit. #debrief
{etudiant() : L'hôpital ne vous sanctionne pas lui-même : il a signalé les faits au directeur de votre institut, et c'est la section disciplinaire qui en jugera|{fem():Contractuelle|Contractuel} de la fonction publique hospitalière, vous relevez du directeur de l'hôpital, dont l'échelle va de l'avertissement au licenciement sans préavis ni indemnité, après communication de votre dossier}. #debrief
Qu'est-ce qui vous a fait penser que ce lecteur-là ne comptait pas ? #question
Comment répondre à un collègue ou à un proche sans rien révéler, et sans le laisser sans solution ? #question
-> END

// ─────────────────────────────────────────────────────────────
=== fin_reaction_capturee ===
Trois semaines plus tard… #skip #time: 10:20 #date: lundi 10 février
{ etudiant() :
    Madame, Monsieur, à la suite du signalement du centre hospitalier de Valmont, votre situation sera examinée par la section compétente pour le traitement des situations disciplinaires, le 24 février à 9 h 30. Il vous est reproché d'avoir publiquement approuvé, dans un groupe de messagerie du service, un message portant atteinte à la dignité d'un patient. Vous pourrez consulter votre dossier, présenter vos observations et vous faire assister. La direction de l'IFSI de Valmont #mail: ifsi #subject: Convocation
}
{ not etudiant() :
    Madame, Monsieur, à la suite de la réclamation de M. Alain Lacombe, le directeur engage à votre encontre une procédure disciplinaire : un blâme est envisagé. Avant toute décision, vous pouvez consulter l'intégralité de votre dossier, présenter vos observations et vous faire assister par le défenseur de votre choix. Le directeur a par ailleurs informé le conseil départemental de l'Ordre. Pour le directeur, la direction des ressources humaines du CH de Valmont #mail: drh #subject: Procédure disciplinaire
}
#ending: reaction-capturee #title: Un 😂 sur la capture #severity: serious #conduite: privee
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline
#sanction: institut; avertissement; ifsi-discipline, csp-r4312-3
#sanction: employeur; blâme; fph-contractuel, fph-procedure, csp-r4312-3
#sanction: ordre; avertissement; csp-l4124-6, ordre-plainte-conciliation, csp-r4312-9
#refs: csp-r4312-9, csp-r4312-3, cp-226-13
Vous n'avez écrit aucune moquerie, mais votre 😂 est sur la capture, à côté de votre prénom, sous un message qui expose la détresse d'un patient reconnaissable. #debrief
M. Lacombe s'est reconnu, sa fille aussi ; pour eux, et pour la direction, votre réaction fait partie du message. #debrief
Une réaction n'est pas une révélation au sens pénal, mais elle porte atteinte à la dignité du patient et déconsidère la profession, même en dehors du service. #debrief
{ aussi :
    Ce n'est pas tout : vous avez aussi révélé une information sur Mme Lemoine à quelqu'un qui ne la soigne pas, ce qui suffit pour que le procureur puisse être saisi, la peine pouvant aller jusqu'à 1 an d'emprisonnement et 15 000 € d'amende. #debrief
}
{etudiant() : En stage, l'hôpital ne vous sanctionne pas : il signale les faits au directeur de votre institut, et c'est la section disciplinaire qui en juge|À l'hôpital public, c'est le directeur qui sanctionne, sur l'échelle des agents contractuels ; il a informé l'Ordre, et M. Lacombe peut lui-même porter plainte devant le conseil départemental, qui commence par une conciliation}. #debrief
Qu'est-ce qui rend si difficile de ne pas rire avec l'équipe quand on vient d'arriver ? #question
Que représente ce message pour M. Lacombe et sa fille ? #question
-> END

// ─────────────────────────────────────────────────────────────
=== fin_part_passee_sous_silence ===
Trois semaines plus tard… #skip #time: 10:20 #date: lundi 10 février
Kévin avait gardé tout l'historique. Lucie aussi. Et Hugo a envoyé ses captures à la direction quand on le lui a demandé : vos messages y sont.
{ etudiant() :
    Madame, Monsieur, à la suite du signalement du centre hospitalier de Valmont, votre situation sera examinée par la section compétente pour le traitement des situations disciplinaires, le 24 février à 9 h 30. Il vous est reproché d'avoir passé sous silence, pendant l'enquête de l'hôpital, votre propre part dans les faits. Vous pourrez consulter votre dossier, présenter vos observations et vous faire assister. La direction de l'IFSI de Valmont #mail: ifsi #subject: Convocation
}
{ not etudiant() :
    Madame, Monsieur, l'enquête interne a établi que vous aviez passé sous silence, devant votre cadre, votre propre part dans les faits survenus dans le groupe de médecine B. Le directeur engage à votre encontre une procédure disciplinaire : un blâme est envisagé. Avant toute décision, vous pouvez consulter l'intégralité de votre dossier, présenter vos observations et vous faire assister par le défenseur de votre choix. Pour le directeur, la direction des ressources humaines du CH de Valmont #mail: drh #subject: Procédure disciplinaire
}
#ending: part-passee-sous-silence #title: Votre part passée sous silence #severity: serious
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline
#sanction: institut; blâme; ifsi-discipline, csp-r4312-4
#sanction: employeur; blâme; fph-contractuel, fph-procedure, csp-r4312-4
#refs: csp-r4312-4{aussi :, cp-226-13}
Vous aviez quelque chose à vous reprocher, et vous avez choisi de le taire, au moment où la cadre cherchait à protéger les patients et l'équipe. #debrief
Mais un groupe de messagerie garde des copies partout : chez chaque membre, dans les captures, dans les sauvegardes ; votre part est apparue sans vous. #debrief
Ce qu'on vous reproche maintenant, c'est d'abord le manque de loyauté : la probité et la loyauté font partie des devoirs du code de déontologie, en toutes circonstances. #debrief
Dire les choses à temps vous aurait coûté bien moins cher{aussi : ; et l'information sur Mme Lemoine que vous aviez révélée à quelqu'un qui ne la soigne pas reste une révélation au sens pénal, dont le procureur peut être saisi}. #debrief
Qu'est-ce qui pousse à taire sa part plutôt qu'à l'expliquer ? #question
Qu'auriez-vous pu dire à la cadre pour reconnaître votre part ? #question
-> END

// ─────────────────────────────────────────────────────────────
=== fin_secret_maison ===
Trois semaines plus tard… #skip #time: 19:40 #date: lundi 10 février
Justine ne me dit plus bonjour à la médiathèque. Sa grand-mère a porté plainte, je crois. Je m'en veux… et toi ? #from: sam #in: dm-sam
{ etudiant() :
    Madame, Monsieur, le centre hospitalier de Valmont nous a signalé une violation du secret professionnel qui vous est reprochée, pour laquelle une patiente a porté plainte. Votre situation sera examinée par la section compétente pour le traitement des situations disciplinaires le 24 février à 9 h 30 ; vous pourrez consulter votre dossier, présenter vos observations et vous faire assister. D'ici là, votre stage en médecine B se poursuit. La direction de l'IFSI de Valmont #mail: ifsi #subject: Convocation #time: 19:52
}
{ not etudiant() :
    Madame, Monsieur, Mme Odette Lemoine a porté plainte contre vous devant le conseil départemental pour violation du secret professionnel. Une réunion de conciliation est fixée au 17 mars à 14 h ; si elle échoue, la plainte sera transmise à la chambre disciplinaire de première instance. Le conseil départemental de l'Ordre des infirmiers #mail: ordre #subject: Plainte et conciliation #time: 19:52
}
#ending: secret-maison #title: Le secret confié à la maison #severity: serious #conduite: privee
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline
#sanction: institut; blâme; ifsi-discipline, csp-r4312-5
// Telling a private third party what the patient wanted kept from her family weighs here what it weighs
// in La demande d'ami (secret-voisin): a blâme from the employer, an avertissement from the Ordre.
#sanction: employeur; blâme; fph-contractuel, fph-procedure, csp-r4312-5
#sanction: ordre; plainte au conseil départemental; ordre-plainte-conciliation; par: Odette Lemoine
#sanction: ordre; avertissement; csp-l4124-6, csp-r4312-5
#sanction: penal; plainte; cp-226-13; par: Odette Lemoine
#sanction: civil; dommages-intérêts; civil-1240
#refs: csp-r4312-5, cp-226-13
Vous avez dit à Sam ce que vous saviez par votre {etudiant() : stage|métier} : le diagnostic de Mme Lemoine, qu'elle avait choisi d'annoncer elle-même à sa fille, avec son médecin. #debrief
C'est une révélation d'information à caractère secret, dont la peine peut aller jusqu'à 1 an d'emprisonnement et 15 000 € d'amende ; {etudiant() : elle vous vise aussi en stage, puisque vous teniez l'information de votre mission temporaire|elle vous vise, puisque vous teniez l'information de votre profession}, et « ne dis rien » n'y change rien. #debrief
Ce secret est celui de Mme Lemoine : adulte et lucide, c'est elle qui décidait qui apprendrait son AVC, et comment, et c'est elle qui a porté plainte ; ses proches n'auraient pu agir à sa place que comme représentants légaux, ou, après son décès, comme ayants droit. #debrief
Elle peut aussi demander réparation au juge civil : pour une confidence faite chez vous, faute détachable du service, c'est vous qui en répondriez, pas l'hôpital. #debrief
{etudiant() : L'hôpital a signalé les faits au directeur de votre institut, qui fera examiner votre situation par la section disciplinaire|Le directeur de l'hôpital, sur l'échelle des agents contractuels, et l'Ordre, saisi par Mme Lemoine, peuvent chacun en tirer les conséquences} ; la plainte pénale, elle, suit son cours, et il faudra des mois au procureur pour décider s'il poursuit. #debrief
Comment répondre à un proche qui connaît le patient, sans mentir et sans rien révéler ? #question
Quels réglages de votre téléphone protègent le secret quand vous n'êtes pas {fem():seule|seul} ? #question
-> END

// ─────────────────────────────────────────────────────────────
=== fin_capture_transferee ===
Trois semaines plus tard… #skip #time: 09:05 #date: lundi 10 février
Bonjour, ici le commissariat de Valmont. Je cherche à joindre Camille, au sujet d'une plainte déposée par M. Alain Lacombe. #call: police
Nous souhaitons vous entendre en audition libre jeudi à 10 h. Vous pouvez venir avec un avocat. #call: police
{ etudiant() :
    Madame, Monsieur, le centre hospitalier de Valmont nous a signalé la diffusion, hors de l'établissement, d'un message concernant un patient du service, dont vous êtes à l'origine. Votre situation sera examinée par la section compétente pour le traitement des situations disciplinaires le 24 février à 9 h 30 ; les sanctions possibles vont de l'avertissement à l'exclusion de la formation. Vous pourrez consulter votre dossier, présenter vos observations et vous faire assister. La direction de l'IFSI de Valmont #mail: ifsi #subject: Convocation #time: 09:40
}
{ not etudiant() :
    Madame, Monsieur, M. Alain Lacombe a porté plainte contre vous devant le conseil départemental pour la diffusion, hors de l'établissement, d'un message le concernant. Une réunion de conciliation est fixée au 17 mars à 10 h ; si elle échoue, la plainte sera transmise à la chambre disciplinaire de première instance, qui peut prononcer de l'avertissement à la radiation du tableau. Le conseil départemental de l'Ordre des infirmiers #mail: ordre #subject: Plainte et conciliation #time: 09:40
}
#ending: capture-transferee #title: La capture qui a fait le tour de Valmont #severity: critical #conduite: privee
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline
#sanction: institut; exclusion temporaire; ifsi-discipline, csp-r4312-5, csp-r4312-9
#sanction: employeur; exclusion temporaire; fph-contractuel, fph-procedure, csp-r4312-9
#sanction: ordre; plainte au conseil départemental; ordre-plainte-conciliation; par: Alain Lacombe
#sanction: ordre; interdiction temporaire d'exercer; csp-l4124-6, csp-r4312-5
#sanction: penal; plainte; cp-226-13, penal; par: Alain Lacombe
#sanction: civil; dommages-intérêts; cc-9, civil-1240
#refs: cp-226-13, csp-r4312-9, cc-9
Vous vouliez dénoncer une blague indigne ; vous l'avez fait sortir de l'hôpital, avec la chambre, le service, la date et le sevrage d'un patient que sa famille a reconnu. #debrief
Révéler une information à caractère secret expose à une peine qui peut aller jusqu'à 1 an d'emprisonnement et 15 000 € d'amende : c'est M. Lacombe lui-même qui a porté plainte, et le procureur décidera, dans les mois qui viennent, s'il poursuit. #debrief
Il peut aussi demander au juge civil de faire cesser l'atteinte à sa vie privée et d'en obtenir réparation : pour une capture envoyée à vos amis, faute détachable du service, c'est vous qui répondez, pas l'hôpital. #debrief
{etudiant() : Côté formation, l'hôpital a signalé les faits au directeur de votre institut, et la section disciplinaire en jugera|Côté profession, le directeur de l'hôpital et l'Ordre jugent chacun de leur côté} ; ces procédures se cumulent avec la procédure pénale.{cadre_rep == 0 : Avoir tout dit à la cadre compte, mais n'efface pas la diffusion.} #debrief
Une capture est une copie que personne ne contrôle : Ambre l'a montrée, sa cousine l'a publiée, plus d'une centaine de comptes l'ont partagée ; dénoncer passe par {etudiant() : la tutrice, la cadre|la cadre} ou la direction, jamais par la diffusion de la preuve. #debrief
À qui auriez-vous pu montrer ce message sans le diffuser ? #question
Qu'a perdu M. Lacombe dans cette histoire, lui qui n'a rien demandé ? #question
-> END
