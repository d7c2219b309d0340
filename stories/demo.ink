# title: Démo : le message de trop
# theme: Une question d'une amie sur une patiente, en trois minutes
# duration: 3
# demo
# statut: titulaire
# contact: julie; Julie Marchand; Amie d'enfance, sans lien avec l'hôpital
# contact: odile; Odile Morel; Cadre de santé du service
# thread: dm-julie; chat; Julie Marchand; moi, julie
# thread: dm-odile; chat; Odile Morel; moi, odile

INCLUDE commun.ink

VAR a_revele = false

-> choisir_role -> debut

=== debut ===
#open: lock #time: 21:14 #date: jeudi 9 octobre
Nouveau message de Julie Marchand #notif: chat #from: julie
#open: chat
Coucou ! Dis, ma voisine Mme Lefèvre a été hospitalisée dans ton service hier, non ? #from: julie #in: dm-julie
Elle va comment ? Tout le quartier s'inquiète 😟 #from: julie
#decision: demo-voisine #note: Une amie demande des nouvelles d'une patiente : que peut-on dire ? #expect: Rien, pas même sa présence dans le service : le secret couvre aussi le fait d'être hospitalisé. #refs: csp-r4312-5, cp-226-13
+ [Elle va mieux, ne t'inquiète pas. #do: reply #act: reveler-diagnostic #score: secret -3, respect -1, posture -1, image 0 #fb: Même rassurante, cette réponse confirme l'hospitalisation et donne un état de santé à une personne extérieure à l'équipe de soins : c'est une révélation, même à une seule amie. #refs: csp-r4312-5, cp-226-13 #risk: penal; signalement au procureur; cp-226-13]
    ~ a_revele = true
    Elle va mieux, ne t'inquiète pas. #from: moi
    Ah ouf ! Je le dis à tout le monde alors 😊 #from: julie
    -> cadre
+ [Je ne peux rien te dire, même pas si elle est là. Le mieux, c'est d'appeler sa famille. #do: reply #score: secret 2, respect 1, posture 1, image 1 #fb: Vous ne confirmez rien et vous orientez vers la famille : c'est exactement ce que protège le secret professionnel. #refs: csp-r4312-5, csp-l1110-4]
    Je ne peux rien te dire, même pas si elle est là. Le mieux, c'est d'appeler sa famille. #from: moi
    D'accord, je comprends. Bonne nuit ! #from: julie
    -> fin_secret_garde
+ [Ne pas répondre ce soir. #do: ignore #score: secret 1, respect 0, posture 0, image 0 #fb: Ne rien dire protège la patiente, mais laisser la question sans réponse n'aide pas votre amie à comprendre pourquoi. #refs: csp-r4312-5]
    -> fin_silence

=== cadre ===
Le lendemain matin… #skip #time: 07:45 #date: vendredi 10 octobre
Bonjour. La fille de Mme Lefèvre m'a appelée : des voisins savent qu'elle est chez nous et connaissent son état. Pouvez-vous passer me voir ? #from: odile #in: dm-odile
#decision: demo-cadre #note: Que dire à la cadre ? #expect: Reconnaître l'erreur tout de suite limite le dommage ; mentir l'aggrave. #refs: csp-r4312-4
+ [Oui, c'est moi. J'ai répondu à une amie hier soir, je n'aurais pas dû. #do: reply #score: secret 0, respect 1, posture 2, image 1 #fb: Reconnaître l'erreur est loyal et permet à l'équipe de prévenir la famille. #refs: csp-r4312-4]
    Oui, c'est moi. J'ai répondu à une amie hier soir, je n'aurais pas dû. #from: moi
    -> fin_erreur_reconnue
+ [Ce n'est rien, c'était juste une amie : elle ne le répétera pas. #do: reply #score: secret 0, respect -1, posture -2, image -1 #fb: Minimiser ajoute un manquement à la loyauté au manquement au secret : une amie qui « ne répétera pas » a déjà répété. #refs: csp-r4312-4, csp-r4312-5]
    Ce n'est rien, c'était juste une amie : elle ne le répétera pas. #from: moi
    -> fin_deni

=== fin_secret_garde ===
#ending: demo-secret-garde #title: Le secret gardé #severity: exemplary
#sanction: aucune
Vous n'avez rien confirmé, pas même la présence de Mme Lefèvre dans le service. C'est ce que demande le secret professionnel : il couvre tout ce que vous avez vu, entendu ou compris. Orienter vers la famille laisse la patiente décider de ce qui se dit. #debrief
Comment refuser sans vexer une amie proche ? #question
Qui, dans l'équipe, peut recevoir cette information ? #question
-> END

=== fin_silence ===
#ending: demo-silence #title: Le silence #severity: minor
#sanction: aucune
Vous n'avez rien révélé : la patiente est protégée. Mais votre amie reposera la question, peut-être à quelqu'un d'autre. Expliquer en une phrase que vous êtes {fem():tenue|tenu} au secret évite ce malentendu. #debrief
Que répondre si Julie insiste demain ? #question
Pourquoi le simple fait d'être hospitalisé est-il couvert par le secret ? #question
-> END

=== fin_erreur_reconnue ===
#ending: demo-erreur-reconnue #title: Une erreur reconnue #severity: moderate
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline, csp-r4312-5
#sanction: institut; avertissement; ifsi-discipline, csp-r4312-5
#sanction: employeur; avertissement; cgfp-l533-1, fph-procedure, csp-r4312-5
#sanction: penal; signalement au procureur; cp-226-13
Vous avez donné l'état de santé d'une patiente à une personne extérieure à l'équipe : c'est une révélation d'information secrète. En la reconnaissant tout de suite, vous avez permis de limiter sa diffusion et de prévenir la famille. {etudiant():Le service ne peut pas vous sanctionner : il signale les faits au directeur de votre institut, qui décide de la suite.|{fem():Infirmière titulaire|Infirmier titulaire}, vous relevez du directeur de l'hôpital, qui décide après vous avoir laissé consulter votre dossier et présenter vos observations.} Une sanction reste possible, mais la loyauté compte dans son appréciation. #debrief
Quelle phrase auriez-vous pu dire à Julie à la place ? #question
Pourquoi « elle va mieux » est-il déjà une information secrète ? #question
-> END

=== fin_deni ===
#ending: demo-deni #title: L'erreur minimisée #severity: serious #conduite: service
#sanction: stage; signalement au directeur de l'institut; ifsi-discipline
#sanction: institut; blâme; ifsi-discipline, csp-r4312-4
#sanction: employeur; blâme; cgfp-l533-1, fph-procedure, csp-r4312-4
#sanction: ordre; avertissement; csp-l4124-6, csp-l4124-2, csp-r4312-4
#sanction: penal; plainte; cp-226-13; par: Mme Lefèvre
La révélation est établie par les messages de votre amie, et le fait de la minimiser s'ajoute à la faute. Mme Lefèvre peut porter plainte, et le procureur peut aussi poursuivre sur un simple signalement : la révélation d'un secret expose à jusqu'à 1 an d'emprisonnement et 15 000 € d'amende. {etudiant():Le directeur de votre institut, saisi par le service, peut réunir la section disciplinaire ; le manque de loyauté pèse sur sa décision.|Le directeur de l'hôpital décide de la sanction ; l'Ordre ne peut être saisi que par ses instances, l'ARS, le préfet ou le procureur, parce que les faits touchent à votre fonction à l'hôpital.} Ces procédures prennent des mois. #debrief
Qu'est-ce qui rend difficile de reconnaître une erreur devant sa cadre ? #question
Qui peut porter plainte, et devant qui ? #question
-> END
