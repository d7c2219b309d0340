# title: Le coup de gueule
# theme: Dire sa colère sur son travail : réserve, diffamation, secret et voies qui font bouger les choses
# duration: 12
# group: La communication et l'image de la profession
# order: 5
# statut: titulaire
# contact: emilie; Émilie Carpentier; Amie de Camille depuis le lycée, professeure des écoles, sans lien avec l'hôpital
# contact: corinne; Corinne Masson; Infirmière de chirurgie orthopédique, tutrice de stage
# contact: bertrand; Bertrand Chevalier; Cadre de santé de chirurgie orthopédique, centre hospitalier de Valmont
# contact: mehdi; Mehdi Saïdi; Infirmier de chirurgie orthopédique, membre du groupe « Soignants à bout »
# contact: pauline; Pauline Roche; Journaliste à « L'Écho de Valmont », quotidien local
# contact: rachid; Rachid Benhamou; Infirmier, représentant du personnel au centre hospitalier de Valmont
# contact: anais; Anaïs Leroy; Étudiante en soins infirmiers, déléguée de la promotion de Camille
# contact: formatrice; Claire Fontaine; Formatrice référente de Camille, IFSI de Valmont
# contact: ifsi; Direction de l'IFSI de Valmont; Institut de formation en soins infirmiers
# contact: drh; Direction des ressources humaines; Centre hospitalier de Valmont
# thread: dm-emilie; chat; Émilie Carpentier; moi, emilie
# thread: groupe; chat; Soignants à bout (groupe fermé); moi, mehdi
# thread: dm-pauline; social; Pauline Roche; moi, pauline
# thread: dm-rachid; chat; Rachid Benhamou; moi, rachid
# thread: dm-anais; chat; Anaïs Leroy; moi, anais
# thread: dm-mehdi; chat; Mehdi Saïdi; moi, mehdi

INCLUDE commun.ink

// Ce que Camille a fait, retenu pour la suite et pour la fin.
VAR canal = 0      // où la colère est sortie : 0 nulle part, 1 message à Émilie, 2 groupe fermé, 3 publication publique
VAR nom = 0        // ce que dit le texte : 0 la fatigue, sans nom ; 1 le service et l'hôpital nommés ; 2 une personne nommée et insultée
VAR tableau = 0    // photo du tableau du service : 0 pas de photo, 1 retrait demandé, 2 laissée ou relayée
VAR confie = false // a confirmé à Émilie que sa tante est hospitalisée
VAR presse = 0     // journaliste : 0 rien dit, 1 orienté vers la voie prévue, 2 témoignage anonyme, 3 détails sur une patiente
VAR voie = 0       // le fond du problème : 0 rien, 1 porté par la voie prévue
VAR appel = 0      // quand on l'appelle : 0 pas d'appel, 1 excuses et retrait, 2 retrait sans un mot, 3 maintient
VAR laissee = false // a laissé en ligne la photo du tableau postée par Mehdi : pas de fin exemplaire
// Ce qui reste de la soirée (calculé après la dernière décision qui l'alimente).
VAR faute = 0      // 0 rien, 1 service nommé, 2 personne visée, 3 secret révélé, 4 photo du tableau relayée

-> choisir_role -> debut

// ─────────────────────────────────────────────────────────────
=== debut ===
#open: lock #time: 22:41 #date: vendredi 7 mars
{ etudiant() :
    Quatrième semaine de votre stage de deuxième année en chirurgie orthopédique, au centre hospitalier de Valmont. Cet après-midi, au bilan de mi-stage, votre tutrice, Corinne Masson, a écrit « manque d'initiative, posture à travailler ». Elle l'a dit devant un patient, en riant à moitié. Vous avez les yeux qui piquent depuis.
}
{ not etudiant() :
    Vous êtes {fem():infirmière titulaire|infirmier titulaire} en chirurgie orthopédique au centre hospitalier de Valmont depuis quatre ans. Cette semaine : quatre nuits à deux au lieu de trois, vingt-huit patients, une chute à 3 h du matin pendant que vous étiez à l'autre bout du couloir. Le planning de la semaine prochaine vient d'arriver : deux postes toujours vides.
}
Vous ouvrez Cercle. Le curseur clignote dans « Quoi de neuf, Camille ? ».
#open: social
{ etudiant() :
    Vous tapez d'un trait : « Quatre semaines à courir partout pour qu'on me dise que je manque d'initiative. Devant un patient. Il y a des tutrices qui devraient juste arrêter de prendre des étudiants. »
}
{ not etudiant() :
    Vous tapez d'un trait : « Quatre nuits à deux pour vingt-huit patients. On court d'une sonnette à l'autre, on ne fait plus que l'urgent. Et là-haut, on ferme des lits et on appelle ça une réorganisation. »
}
Le texte est là. Votre pouce hésite au-dessus de « Publier ».
#decision: cg-ou #note: Camille a besoin de dire sa colère. Où peut-elle le faire, et qu'est-ce que chaque lieu change ? #expect: Tout n'est pas interdit : se confier à une amie, c'est humain. Ce qui change d'un lieu à l'autre, c'est qui lit, qui peut copier, et ce que le droit en pense : la loi de 1881 traite moins sévèrement une injure ou une diffamation non publique (message privé, petit groupe lié par une communauté d'intérêts), et, en droit du travail, la Cour de cassation a jugé privée une conversation dans un groupe fermé de 14 personnes. Pour le secret professionnel, en revanche, aucun canal n'est « privé ». #refs: loi-1881-diffamation, cas-cass-soc-2018, csp-r4312-5
+ [Publier tel quel, en public #do: publish #audience: public #score: secret 0, respect -1, posture -1, image -2 #fb: {etudiant():Votre profil dit où vous êtes en stage ; n'importe qui peut lire, copier et transmettre au service, à l'institut ou à votre tutrice. Le règlement intérieur de l'institut peut faire d'une publication qui porte atteinte à un lieu de stage une affaire disciplinaire.|Votre profil dit où vous travaillez ; en public, votre texte engage aussi l'image de l'hôpital et de la profession. Un agent public garde une mesure dans son expression publique : la critique reste possible, mais par les voies prévues.} #refs: {etudiant():ri-institut, csp-r4312-9|fp-discretion-reserve, csp-r4312-9}]
    ~ canal = 3
    -> texte
+ [Le poster dans « Soignants à bout », un groupe fermé de 2 400 soignants #do: action #score: secret 0, respect 0, posture -1, image -1 #fb: Un groupe « fermé » de 2 400 membres, c'est 2 400 personnes capables de faire une capture. En droit du travail, la Cour de cassation a jugé privé un groupe de 14 personnes, pas une foule. Et vous ne savez pas qui, dans ce groupe, connaît votre service. #refs: cas-cass-soc-2018]
    ~ canal = 2
    -> texte
+ [Effacer, et l'envoyer plutôt à Émilie, votre amie #do: action #score: secret 0, respect 0, posture 0, image 0 #fb: Se confier à une amie n'est pas une faute : c'est une conversation privée. Reste à ne rien lui dire de ce que couvre le secret : les patients, même sans leur nom. #refs: csp-r4312-5]
    ~ canal = 1
    -> texte
+ [Enregistrer en brouillon et poser le téléphone #do: ignore #score: secret 0, respect 0, posture 1, image 1 #fb: Dormir dessus ne règle rien, mais rien de ce que vous regretteriez demain n'est parti. La colère reste légitime : elle cherchera sa voie demain.]
    Brouillon enregistré. Vous éteignez la lampe. Le sommeil met longtemps à venir.
    -> samedi

// ─────────────────────────────────────────────────────────────
=== texte ===
{ canal == 1 :
    -> a_emilie
}
{ canal == 2 :
    #open: chat
    Vous ouvrez « Soignants à bout » : 2 400 membres, une quarantaine en ligne. Mehdi, infirmier {etudiant():du service où vous êtes en stage|de votre service}, en fait partie.
}
{ canal == 3 :
    Avant de publier, il vous semble qu'il manque quelque chose pour que ça frappe.
}
Vous relisez votre texte. Vous pourriez le rendre plus précis.
#decision: cg-nommer #note: Le texte peut viser la fatigue, le service, ou une personne. Qu'est-ce qui change ? #expect: Critiquer une organisation du travail, sans viser ni insulter personne, n'est ni une injure ni une diffamation. Nommer une personne et l'insulter en public peut en être une, sur plainte de cette personne. Et pour un agent public comme pour un étudiant, nommer le service ou l'hôpital engage la réserve ou le règlement de l'institut. #refs: loi-1881-diffamation, {etudiant():ri-institut|fp-discretion-reserve}
+ {etudiant()} [Ajouter : « Corinne M., si tu me lis : tu es une incompétente qui casse les étudiants. » #do: reply #score: secret 0, respect -3, posture -2, image -2 #fb: Vous visez une personne reconnaissable et vous l'insultez : c'est ce que la loi de 1881 appelle une injure, publique si le texte l'est. Elle seule peut porter plainte ; en public, envers un particulier, l'amende peut aller jusqu'à 12 000 €. Et le code de déontologie s'applique aussi aux étudiants. #refs: loi-1881-diffamation, csp-r4312-1, csp-r4312-25 #risk: penal; plainte; loi-1881-diffamation; par: Corinne Masson]
    ~ nom = 2
    -> envoi
+ {not etudiant()} [Ajouter : « Merci, M. Chevalier, le cadre qui a refusé les intérimaires pour toucher sa prime. » #do: reply #score: secret 0, respect -3, posture -2, image -2 #fb: Vous visez une personne reconnaissable et vous lui imputez un fait précis qui atteint son honneur : c'est ce que la loi de 1881 appelle une diffamation, publique si le texte l'est. Lui seul peut porter plainte ; en public, envers un particulier, l'amende peut aller jusqu'à 12 000 €. Et il est infirmier comme vous : la confraternité vaut aussi pour un cadre. #refs: loi-1881-diffamation, csp-r4312-25 #risk: penal; plainte; loi-1881-diffamation; par: Bertrand Chevalier]
    ~ nom = 2
    -> envoi
+ [Ajouter : « Chirurgie ortho, CH de Valmont. Voilà. » #do: reply #score: secret 0, respect 0, posture -1, image -2 #fb: {etudiant():Personne n'est insulté, mais vous nommez votre lieu de stage : le règlement intérieur de l'institut peut viser une communication qui lui porte atteinte.|Personne n'est insulté, et critiquer l'organisation du travail reste possible. Mais nommer votre service et votre hôpital {canal == 3:en public|devant 2 400 personnes} engage votre devoir de réserve d'agent public : c'est la manière, pas le fond, qui peut vous être reprochée.} #refs: {etudiant():ri-institut, ifsi-discipline|fp-discretion-reserve}]
    ~ nom = 1
    -> envoi
+ [Laisser le texte tel qu'il est #do: reply #score: secret 0, respect 0, posture 0, image 0 #fb: Vous parlez de ce que vous vivez, sans nommer ni le lieu ni personne. Ce n'est ni une injure ni une diffamation : c'est de la fatigue dite.]
    -> envoi

=== a_emilie ===
#open: chat
Je peux te raconter ma semaine ? 😩 #from: moi #in: dm-emilie
Vas-y, je suis là 💛 #from: emilie
{etudiant():Quatre semaines à courir partout pour qu'on me dise que je manque d'initiative. Devant un patient. Je suis à bout.|Quatre nuits à deux pour vingt-huit patients. On court d'une sonnette à l'autre, on ne fait plus que l'urgent. Je suis à bout.} #from: moi
Oh non… Tu as le droit d'être en colère. On se voit demain midi ? #from: emilie
Oui. Merci 🙏 #from: moi
-> samedi

=== envoi ===
{ canal == 2 :
    {etudiant():Quatre semaines à courir partout pour qu'on me dise que je manque d'initiative. Devant un patient.|Quatre nuits à deux pour vingt-huit patients. On court d'une sonnette à l'autre, on ne fait plus que l'urgent.}{nom == 2: {etudiant(): Corinne M. est une incompétente qui casse les étudiants.| Merci, M. Chevalier, le cadre qui a refusé les intérimaires pour toucher sa prime.}}{nom == 1: Chirurgie ortho, CH de Valmont.} #from: moi #in: groupe
    Courage 💪 on est tous pareils #from: mehdi
    -> photo_tableau
}
#open: social
{etudiant():Quatre semaines à courir partout pour qu'on me dise que je manque d'initiative. Devant un patient. Il y a des tutrices qui devraient juste arrêter de prendre des étudiants.|Quatre nuits à deux pour vingt-huit patients. On court d'une sonnette à l'autre, on ne fait plus que l'urgent. Et là-haut, on ferme des lits et on appelle ça une réorganisation.}{nom == 2: {etudiant(): Corinne M., si tu me lis : tu es une incompétente qui casse les étudiants.| Merci, M. Chevalier, le cadre qui a refusé les intérimaires pour toucher sa prime.}}{nom == 1: Chirurgie ortho, CH de Valmont. Voilà.} #post: p-coup #from: moi #audience: public
Trop vrai 😡 #comment: p-coup #from: mehdi
-> photo_tableau

// ─────────────────────────────────────────────────────────────
=== photo_tableau ===
#time: 23:07
{ canal == 2 :
    La preuve en image 👇 le tableau de ce soir #from: mehdi #in: groupe #photo: cg-tableau-service
}
{ canal == 3 :
    #open: social
    {fem():Elle|Il} a raison, et voilà le tableau de ce soir 👇 #post: p-mehdi #from: mehdi #audience: public #tagged: moi #photo: cg-tableau-service
}
Sur la photo du tableau blanc du poste de soins, tout se lit : les noms des patients, leurs chambres, « chute 3 h » à côté du nom de Mme Vial, chambre 14, et les cases vides du planning.
#decision: cg-tableau #note: Mehdi ajoute une photo du tableau du service, où se lisent les noms des patients. Que doit faire Camille ? #expect: Le tableau révèle l'hospitalisation et l'état de patients à des personnes extérieures à leur prise en charge : c'est une révélation d'informations secrètes, quel que soit le canal. Le plus utile est d'obtenir le retrait tout de suite, et de ne surtout pas relayer. #refs: cp-226-13, csp-r4312-5
+ [Écrire à Mehdi en privé : « Retire la photo tout de suite, on voit les noms des patients. » #do: action #score: secret 2, respect 1, posture 1, image 1 #fb: Vous réagissez vite et sans l'humilier devant tout le monde : la photo disparaît. Ce que d'autres ont déjà vu ou copié ne s'efface pas, mais vous avez limité la diffusion. #refs: csp-r4312-5]
    ~ tableau = 1
    Retire la photo tout de suite stp, on voit les noms des patients sur le tableau. #from: moi #in: dm-mehdi
    Ah mince, j'avais pas fait gaffe… C'est fait 😬 #from: mehdi
    Vous vérifiez : la photo a disparu. Elle est restée en ligne onze minutes.
    -> fatigue
+ [La relayer : « Voilà. Tout est dit. » #do: publish #audience: public #photo: cg-tableau-service #act: reveler-diagnostic #score: secret -3, respect -3, posture -3, image -3 #fb: En relayant la photo, vous révélez vous-même les noms, les chambres et l'état de patients à des centaines de personnes. C'est une révélation d'informations secrètes : jusqu'à 1 an d'emprisonnement et 15 000 € d'amende, et le procureur peut poursuivre sur simple signalement. #refs: cp-226-13, csp-r4312-5 #risk: penal; signalement au procureur; cp-226-13]
    ~ tableau = 2
    { canal == 2 :
        Voilà. Tout est dit. #from: moi #in: groupe #photo: cg-tableau-service
    }
    { canal == 3 :
        Voilà. Tout est dit. #post: p-relais #from: moi #audience: public #photo: cg-tableau-service
    }
    Les partages s'enchaînent. À minuit, la photo a été vue plus de mille fois.
    -> fatigue
+ [Ne pas y toucher : c'est la publication de Mehdi, pas la vôtre #do: ignore #score: secret -1, respect 0, posture -1, image -1 #fb: Ce n'est pas vous qui avez révélé, mais la photo tourne {canal == 3:sous votre publication|en réponse à votre message}, et vous pouviez la faire retirer en une phrase. Le secret protège les patients, pas seulement celui qui se tait. #refs: csp-r4312-5]
    ~ laissee = true
    Vous fermez l'application. La photo reste en ligne jusqu'au lendemain midi.
    -> fatigue

=== fatigue ===
// La photo retirée ou laissée ne compte plus que par ce qu'elle a fait.
~ faute = nom
{ tableau == 2 :
    ~ faute = 4
}
~ tableau = 0
-> samedi

// ─────────────────────────────────────────────────────────────
=== samedi ===
~ nom = 0
Le lendemain… #skip #time: 09:12 #date: samedi 8 mars
#open: chat
{ canal == 1 :
    Coucou ! Ça va mieux ce matin ? Dis, ça tombe bien que tu sois en ortho : ma tante, Jacqueline Vial, a été opérée de la hanche mardi à Valmont. Tu l'as vue ? Elle va bien ? 🙏 #from: emilie #in: dm-emilie
- else:
    Coucou ! {canal == 3:Je vois passer ton message sur ta semaine, courage 💛|Ça va, toi ? Ça fait une éternité 💛} Dis, ma tante, Jacqueline Vial, a été opérée de la hanche mardi à Valmont. C'est pas ton service, l'ortho ? Tu l'as vue ? Elle va bien ? 🙏 #from: emilie #in: dm-emilie
}
{etudiant():Mme Vial, chambre 14 : aux transmissions de mercredi matin, on a parlé de sa chute de la nuit.|Mme Vial, chambre 14. C'est elle qui est tombée à 3 h, mercredi.}
#decision: cg-tante #note: Une amie demande des nouvelles de sa tante, hospitalisée dans le service. Que peut dire Camille ? #expect: Rien, pas même que la patiente est dans le service : confirmer une hospitalisation à un tiers, c'est déjà révéler une information secrète, même à une amie, même gentiment. La patiente, elle, peut donner de ses nouvelles à qui elle veut. #refs: cp-226-13, csp-r4312-5
+ [« Oui, elle est chez nous. Je ne peux pas t'en dire plus. » #do: reply #act: confirmer-hospitalisation #score: secret -2, respect -1, posture -1, image 0 #fb: Vous croyez ne rien dire, mais vous confirmez son hospitalisation à une personne extérieure à l'équipe de soins : c'est déjà la révélation d'une information secrète, même à une amie. C'est Mme Vial qui décide de ce que sa famille sait. #refs: cp-226-13, csp-r4312-5 #risk: penal; signalement au procureur; cp-226-13]
    ~ confie = true
    Oui, elle est chez nous. Je ne peux pas t'en dire plus. #from: moi
    Ah, merci ! Je dis à ma mère que tu veilles sur elle 😊 #from: emilie
    -> journaliste
+ [« Oui, je l'ai vue, elle va bien. Une petite chute l'autre nuit, mais rien de cassé. » #do: reply #act: reveler-diagnostic #score: secret -3, respect -1, posture -1, image 0 #fb: Vous confirmez son hospitalisation et vous racontez sa chute à une personne extérieure à l'équipe de soins : c'est une révélation d'informations secrètes, même par gentillesse. C'est Mme Vial qui décide de ce que sa famille sait. #refs: cp-226-13, csp-r4312-5 #risk: penal; signalement au procureur; cp-226-13]
    ~ confie = true
    Oui, je l'ai vue, elle va bien. Une petite chute l'autre nuit, mais rien de cassé. #from: moi
    Une chute ?! Personne ne nous a rien dit ! J'appelle ma mère tout de suite 😳 #from: emilie
    -> journaliste
+ [« Je ne peux rien te dire, même pas si elle est chez nous. Appelle-la, ou appelle le service. » #do: reply #score: secret 2, respect 1, posture 1, image 0 #fb: Vous ne confirmez rien, et vous laissez à Mme Vial et à l'équipe le soin de dire ce qu'il faut. Émilie peut être vexée ; le secret a ce prix-là. #refs: csp-r4312-5, csp-l1110-4]
    Je ne peux rien te dire, même pas si elle est chez nous. Appelle-la, ou appelle le service. #from: moi
    Sérieux ? C'est ma tante, Camille… Bon. D'accord. #from: emilie
    Émilie ne répond plus de la matinée.
    -> journaliste
+ [Répondre sur autre chose : « On se voit toujours à midi ? » #do: reply #score: secret 1, respect 0, posture 0, image 0 #fb: Vous ne révélez rien, mais l'esquive laisse Émilie reposer la question, peut-être à quelqu'un d'autre. Dire en une phrase que vous êtes {fem():tenue|tenu} au secret aurait été plus clair. #refs: csp-r4312-5]
    On se voit toujours à midi ? #from: moi
    Oui 😊 (et tu m'as pas répondu pour ma tante !) #from: emilie
    -> journaliste

// ─────────────────────────────────────────────────────────────
=== journaliste ===
{ confie :
    ~ faute = 3
}
~ confie = false
#time: 11:30
Nouveau message de Pauline Roche #notif: social #from: pauline
#open: social
{ etudiant() :
    Bonjour Camille, je suis journaliste à « L'Écho de Valmont ». Je prépare un article sur les conditions de stage des étudiants infirmiers dans le département. Accepteriez-vous de témoigner ? Anonymement si vous préférez. #from: pauline #in: dm-pauline
}
{ not etudiant() :
    Bonjour Camille, je suis journaliste à « L'Écho de Valmont ». Je prépare un article sur les fermetures de lits au centre hospitalier. On m'a parlé d'une chute cette semaine en orthopédie. Accepteriez-vous de témoigner ? Anonymement si vous préférez. #from: pauline #in: dm-pauline
}
#decision: cg-presse #note: Une journaliste propose de témoigner, anonymement. Qu'est-ce qui est permis ? #expect: {etudiant():Un étudiant peut parler de la formation en général, mais de rien qui touche les patients : le secret couvre tout ce qu'il a vu, entendu ou compris d'eux en stage. Un témoignage qui laisse reconnaître son lieu de stage peut aussi tomber sous le règlement intérieur de l'institut. Les délégués de promotion et l'institut sont les voies prévues pour porter une critique collective.|Un agent public n'a pas à se taire sur tout, mais il doit la discrétion sur les faits connus dans le service et une mesure dans son expression publique. Les représentants du personnel et les syndicats peuvent, eux, porter publiquement la critique. Rien sur un patient, jamais.} #refs: csp-r4312-5, {etudiant():ri-institut|fp-discretion-reserve}
+ [Raconter la chute de la chambre 14 : « une dame de 86 ans, opérée de la hanche, tombée à 3 h » #do: reply #act: reveler-diagnostic #score: secret -3, respect -2, posture -2, image -2 #fb: Âge, chambre, opération, heure : la patiente est reconnaissable pour ses proches, et vous livrez son état de santé à la presse. C'est une révélation d'informations secrètes, que l'anonymat du témoin ne change pas. #refs: cp-226-13, csp-r4312-5 #risk: penal; signalement au procureur; cp-226-13]
    ~ presse = 3
    Une dame de 86 ans, opérée de la hanche, tombée à 3 h du matin, chambre 14. Voilà où on en est. #from: moi
    Merci, c'est exactement le genre de détail qui parle aux lecteurs. #from: pauline
    -> voie_prevue
+ [Témoigner anonymement, sans aucun patient : {etudiant():« Les étudiants sont souvent utilisés comme bouche-trou en stage. »|« On travaille régulièrement à deux au lieu de trois. »} #do: reply #score: secret 0, respect 0, posture -1, image -1 #fb: {etudiant():Vous ne dites rien d'un patient. Mais un témoignage sur « le » stage de Valmont reste reconnaissable, et le règlement intérieur de l'institut peut viser ce qui porte atteinte à un lieu de stage. La délégation de promotion porte mieux une critique collective.|Vous ne dites rien d'un patient. Mais les faits connus dans le service relèvent de la discrétion professionnelle, et l'anonymat tient rarement dans un service de vingt personnes. Les représentants du personnel peuvent, eux, parler publiquement.} #refs: {etudiant():ri-institut|fp-discretion-reserve}]
    ~ presse = 2
    {etudiant():Les étudiants sont souvent utilisés comme bouche-trou en stage. Mais ne citez pas mon nom.|On travaille régulièrement à deux au lieu de trois. Mais ne citez pas mon nom.} #from: moi
    Promis. Merci pour votre confiance. #from: pauline
    -> voie_prevue
+ [Décliner, et donner le contact {etudiant():de la déléguée de promotion|des représentants du personnel} #do: reply #score: secret 1, respect 0, posture 2, image 2 #fb: Vous ne fermez pas la porte au débat public : vous l'orientez vers ceux dont c'est le rôle de porter une critique collective. Rien ne sort sur un patient, et rien ne vous est reproché. #refs: {etudiant():csp-r4312-5|fp-discretion-reserve}]
    ~ presse = 1
    Je ne peux pas témoigner, mais {etudiant():la déléguée de notre promotion, Anaïs Leroy, pourra vous dire comment joindre les représentants des étudiants.|les représentants du personnel de l'hôpital s'expriment sur ces sujets : je vous transmets le contact de Rachid Benhamou.} #from: moi
    Je comprends, merci beaucoup. #from: pauline
    -> voie_prevue
+ [Ne pas répondre #do: ignore #score: secret 0, respect 0, posture 0, image 0 #fb: Vous ne dites rien de trop. Le problème de fond, lui, reste entier.]
    -> voie_prevue

// ─────────────────────────────────────────────────────────────
=== voie_prevue ===
{ presse == 3 :
    ~ faute = 3
}
// Orienter la journaliste ou ne pas répondre : la suite est la même.
{ presse == 1 :
    ~ presse = 0
}
Le lundi suivant… #skip #time: 12:40 #date: lundi 10 mars
{ etudiant() :
    Pause déjeuner à l'institut. La colère de vendredi est retombée ; le bilan de mi-stage, lui, est toujours dans votre dossier.
}
{ not etudiant() :
    Pause déjeuner. Le planning de la semaine prochaine affiche toujours deux postes vides. Mme Vial a une ecchymose à la hanche ; personne n'a rempli de fiche d'événement indésirable pour sa chute.
}
#decision: cg-voie #note: La colère était fondée. Par où la faire entendre pour que quelque chose change ? #expect: {etudiant():Une évaluation se discute avec le formateur référent, qui peut entendre les deux versions ; une critique collective passe par les délégués de promotion. C'est moins spectaculaire qu'une publication, et c'est ce qui fait bouger les choses.|La chute se déclare par une fiche d'événement indésirable ; le manque d'effectif se porte par la hiérarchie et les représentants du personnel. Signaler de bonne foi un danger par les canaux prévus protège de toute sanction ; un défoulement public n'est pas une alerte.} #refs: {etudiant():ri-institut|fp-discretion-reserve, lanceur-alerte}
+ {etudiant()} [Demander un rendez-vous à Claire Fontaine, votre formatrice référente, pour reparler de l'évaluation #do: mail #score: secret 0, respect 1, posture 2, image 1 #fb: Le bilan de mi-stage se discute : votre formatrice référente peut entendre votre version et celle de votre tutrice. La voie pédagogique est faite pour cela.]
    ~ voie = 1
    Vous écrivez à Claire Fontaine : « Pourriez-vous me recevoir cette semaine ? Je voudrais reparler de mon bilan de mi-stage, que je ne comprends pas. »
    Bonjour Camille, bien sûr : jeudi à 14 h, à l'institut. Apportez votre portfolio, et nous verrons aussi ce que votre tutrice en dit. Claire Fontaine #mail: formatrice #subject: Re : Bilan de mi-stage
    -> retombees
+ {etudiant()} [Écrire à Anaïs, la déléguée de promotion, pour que les étudiants en parlent au prochain conseil #do: reply #score: secret 0, respect 1, posture 2, image 1 #fb: Vous n'êtes pas {fem():la seule|le seul} dans ce cas : les délégués portent ce qui revient souvent devant l'institut, sans viser personne.]
    ~ voie = 1
    Anaïs, plusieurs d'entre nous trouvent les bilans de mi-stage durs en ortho. On pourrait en parler au prochain conseil ? #from: moi #in: dm-anais
    Oui, tu n'es pas {fem():la première|le premier} à me le dire. Je le mets à l'ordre du jour 👍 #from: anais
    -> retombees
+ {not etudiant()} [Remplir la fiche d'événement indésirable de la chute, et écrire à Rachid, représentant du personnel, pour les effectifs #do: action #score: secret 0, respect 1, posture 2, image 2 #fb: La chute est déclarée là où elle sera analysée, et le manque d'effectif est porté par ceux dont c'est le rôle. Un signalement de bonne foi par les canaux prévus ne peut pas vous être reproché. #refs: fp-discretion-reserve, lanceur-alerte]
    ~ voie = 1
    Vous remplissez la fiche d'événement indésirable dans le logiciel de l'hôpital : la date, l'heure, les circonstances, l'effectif de la nuit. Aucun jugement sur personne.
    Rachid, on a tourné à deux toute la semaine en ortho, et une patiente est tombée. J'ai fait la fiche. Vous pouvez porter le sujet des effectifs ? #from: moi #in: dm-rachid
    Oui. Envoie-moi les dates des postes non remplacés, rien sur les patients. On le met à l'ordre du jour de la prochaine instance. #from: rachid
    Le soir même, dans le couloir, un collègue de jour vous lance : « Paraît que tu fais des fiches sur l'équipe de nuit, maintenant ? » Vous expliquez que la fiche porte sur l'organisation, pas sur une personne. Il hausse les épaules.
    -> retombees
+ {not etudiant()} [Lancer sur Cercle une pétition publique : « Direction du CH de Valmont : démission ! » #do: publish #audience: public #score: secret 0, respect -1, posture -2, image -2 #fb: Le fond est légitime, la forme vous expose : un agent public garde une mesure dans son expression publique, et une pétition qui vise des personnes n'est pas une alerte. Les représentants du personnel portent ces sujets sans vous mettre en faute. #refs: fp-discretion-reserve, lanceur-alerte]
    ~ voie = 0
    { faute == 0 :
        ~ faute = 1
    }
    Direction du CH de Valmont : démission ! Signez et partagez. #post: p-petition #from: moi #audience: public
    -> retombees
+ [Laisser passer : ça ne changera rien #do: ignore #score: secret 0, respect 0, posture -1, image 0 #fb: Rien ne vous est reproché. Mais la colère reste sans issue, et la prochaine fois, elle sortira peut-être au mauvais endroit.]
    -> retombees

// ─────────────────────────────────────────────────────────────
=== retombees ===
{ faute == 0 and presse != 2 :
    -> fin
}
-> appel_cadre

=== appel_cadre ===
{ etudiant() :
    Claire Fontaine, formatrice référente #notif: phone #from: formatrice #time: 16:05
    Bonjour Camille, c'est Claire Fontaine. Le service d'orthopédie a signalé au directeur de l'institut {faute == 2:une publication qui vise votre tutrice|{faute == 4:la photo du tableau du service, avec les noms des patients, relayée depuis votre compte|{faute == 3:des informations sur une patiente du service, qui circulent en ville|{faute == 1:une publication qui nomme le service|un article de « L'Écho de Valmont » qui cite « {fem():une étudiante|un étudiant} en stage en orthopédie »}}}}. Je voulais vous en parler avant tout. #call: formatrice
}
{ not etudiant() :
    Bertrand Chevalier, cadre de santé #notif: phone #from: bertrand #time: 16:05
    Bonjour Camille, c'est Bertrand Chevalier. {faute == 2:J'ai lu ce que vous avez écrit sur moi.|{faute == 4:La photo du tableau du service circule, relayée depuis votre compte, et la direction m'interroge.|{faute == 3:Des informations sur une patiente du service circulent en ville, et la direction m'interroge.|{faute == 1:J'ai vu ce que vous avez publié sur le service.|L'article de « L'Écho de Valmont » cite « {fem():une infirmière|un infirmier} du service d'orthopédie ».}}}} Il faut qu'on en parle. #call: bertrand
}
#decision: cg-appel #note: {etudiant():La formatrice appelle.|Le cadre appelle.} Supprimer, s'excuser, ou maintenir ? #expect: Supprimer limite la diffusion ; reconnaître ce qui a dépassé la mesure, et s'excuser auprès de la personne visée, pèse davantage dans la suite. Maintenir au nom de la liberté d'expression confond la critique, permise, et la manière, qui peut être fautive. #refs: csp-r4312-4
+ [« Vous avez raison, c'est allé trop loin. Je retire tout ce qui peut l'être, et je voudrais {faute == 2:{etudiant():m'excuser auprès de Mme Masson|vous présenter mes excuses}|{faute >= 3:présenter mes excuses à Mme Vial|en parler avec vous}}. » #do: action #score: secret 1, respect 2, posture 2, image 1 #fb: Vous retirez et vous reconnaissez : cela n'efface pas ce qui a été lu, mais c'est ce qui compte le plus dans l'appréciation d'une faute, et cela rouvre le dialogue sur le fond. #refs: csp-r4312-4]
    ~ appel = 1
    « Vous avez raison, c'est allé trop loin. Je retire tout ce qui peut l'être, et je voudrais {faute == 2:{etudiant():m'excuser auprès de Mme Masson|vous présenter mes excuses}|{faute >= 3:présenter mes excuses à Mme Vial|en parler avec vous}}. »
    { etudiant() :
        C'est entendu. Merci de le dire. On parlera aussi du fond, je vous le promets. #call: formatrice
    - else:
        C'est entendu. Merci de le dire. On parlera aussi du fond, je vous le promets. #call: bertrand
    }
    -> fin
+ [Tout supprimer en raccrochant, sans rien ajouter #do: delete #score: secret 1, respect 0, posture 0, image 0 #fb: La diffusion s'arrête, et c'est utile. Mais rien n'est dit à la personne visée, et les captures déjà prises continuent de circuler.]
    ~ appel = 2
    « D'accord. »
    Vous supprimez tout. Trois captures circulent déjà.
    -> fin
+ [« C'est ma liberté d'expression. Je ne retire rien. » #do: action #score: secret 0, respect -1, posture -2, image -1 #fb: La liberté d'expression protège la critique, pas l'insulte ni la révélation d'informations sur des patients ; et {etudiant():le règlement intérieur de l'institut|la réserve de l'agent public} porte sur la manière. Maintenir pèse dans l'appréciation de la faute. #refs: loi-1881-diffamation, {etudiant():ri-institut|fp-discretion-reserve}]
    ~ appel = 3
    « C'est ma liberté d'expression. Je ne retire rien. »
    { etudiant() :
        Très bien. Je transmets. #call: formatrice
    - else:
        Très bien. Je transmets. #call: bertrand
    }
    -> fin

// ─────────────────────────────────────────────────────────────
=== fin ===
{
- faute == 4:
    -> fin_tableau
- faute == 3:
    -> fin_secret
- faute == 2 and appel == 1:
    -> fin_excuses
- faute == 2:
    -> fin_personne_visee
- faute == 1 or presse == 2:
    -> fin_reserve
- voie == 1 and not laissee:
    -> fin_voix_juste
- else:
    -> fin_soupape
}

=== fin_voix_juste ===
#ending: cg-voix-juste #title: La colère mise au bon endroit #severity: exemplary
#sanction: aucune
{etudiant():Jeudi, Claire Fontaine a entendu votre version, puis celle de votre tutrice. Le bilan de mi-stage reste ce qu'il est, mais les objectifs de fin de stage sont réécrits avec vous. Au conseil de promotion, le sujet des bilans revient : vous n'étiez pas {fem():seule|seul}.|La fiche d'événement indésirable a été analysée en réunion de service ; la question des effectifs de nuit est à l'ordre du jour de la prochaine instance. Un collègue vous a {fem():traitée|traité} de « balance » pendant une semaine. Cela aussi fait partie du prix.} #debrief
La critique de l'organisation du travail n'est pas interdite : ce sont la manière et le lieu qui peuvent être fautifs. {etudiant():Pour un étudiant, le règlement intérieur de l'institut encadre ce qui touche l'institut et les lieux de stage ; la voie pédagogique et les délégués existent pour porter une critique.|Pour un agent public, la discrétion professionnelle et la réserve n'interdisent pas la critique : elles la font passer par la hiérarchie, les représentants du personnel et les syndicats, qui peuvent parler publiquement. Signaler de bonne foi un danger par les canaux prévus protège de toute sanction ; un défoulement public, lui, n'est pas une alerte.} #debrief
#refs: {etudiant():ri-institut|fp-discretion-reserve, lanceur-alerte}
Qu'est-ce qui vous a coûté, dans cette voie, et qu'est-ce qu'elle a permis ? #question
À qui, dans votre établissement, porter une question d'effectifs ou d'encadrement ? #question
-> END

=== fin_soupape ===
#ending: cg-soupape #title: La soupape #severity: minor
#sanction: aucune
{canal == 1:Vous avez vidé votre sac auprès d'une amie : c'est une conversation privée, et rien de ce que vous avez dit ne visait un patient.|{canal == 2:Votre message est resté dans le groupe, sans viser personne : rien ne vous est reproché.|{canal == 3:Votre publication disait la fatigue, sans nommer ni le lieu ni personne : rien ne vous est reproché.|Vous n'avez rien publié : rien ne vous est reproché.}}}{laissee: La photo du tableau, elle, est restée en ligne jusqu'au lendemain midi : c'est Mehdi qui l'a publiée, mais une phrase de vous l'aurait fait retirer, et les patients du tableau n'ont rien choisi.} {voie == 1:Votre colère, elle, a trouvé une voie qui peut faire bouger les choses.|Mais la colère n'a trouvé aucune issue : le problème de fond reste entier.} #debrief
En droit du travail, une conversation dans un petit groupe fermé reste privée (la Cour de cassation l'a jugé pour un groupe de 14 personnes). Pour le secret professionnel, en revanche, aucun canal n'est privé : dès qu'une personne extérieure à la prise en charge lit une information sur un patient, le secret est violé. #debrief
#refs: cas-cass-soc-2018, csp-r4312-5
Qu'est-ce qui distingue, pour vous, se confier et publier ? #question
Par quelle voie la colère aurait-elle pu faire bouger quelque chose ? #question
-> END

=== fin_reserve ===
#ending: cg-reserve #title: Le service nommé #severity: moderate
#sanction: stage; entretien avec la tutrice; ri-institut
#sanction: institut; entretien avec le directeur de l'institut; ri-institut, ifsi-discipline
#sanction: institut; avertissement; ri-institut, ifsi-discipline
#sanction: employeur; entretien avec la cadre; fp-discretion-reserve
#sanction: employeur; avertissement; fp-discretion-reserve, cgfp-l533-1, fph-procedure
{etudiant():{faute == 1:Le service s'est reconnu dans votre publication|Le service s'est reconnu dans l'article de « L'Écho de Valmont »} et l'a signalé au directeur de l'institut : l'hôpital signale, il ne sanctionne pas un étudiant. Le directeur vous reçoit : le règlement intérieur de l'institut vise la communication qui porte atteinte à un lieu de stage, et un avertissement est possible si la section disciplinaire est saisie.|Votre cadre vous reçoit : la critique de l'organisation n'est pas en cause, mais {faute == 1:vous avez mis en cause le service ou l'hôpital devant des milliers de lecteurs|vous avez livré à la presse des faits connus dans le service}. Le directeur peut prononcer un avertissement, sanction du premier groupe, après vous avoir communiqué votre dossier et entendu vos observations.}{appel == 3: Votre refus de retirer quoi que ce soit pèse dans l'appréciation.|{appel == 1: Vous avez reconnu ce qui dépassait la mesure : cela compte dans l'appréciation.}} #debrief
Vous n'avez insulté personne ni nommé aucun patient : la faute tient à la manière, pas au fond. Ce que vous disiez, {etudiant():les délégués de promotion|les représentants du personnel} pouvaient le porter sans vous exposer. #debrief
Dans la réalité, ces procédures prennent des semaines, voire des mois ; l'histoire les résume. #debrief
#refs: {etudiant():ri-institut, ifsi-discipline|fp-discretion-reserve, fph-procedure}
Qu'est-ce qui, dans votre texte, relevait du fond, et qu'est-ce qui relevait de la manière ? #question
Qui aurait pu dire la même chose publiquement, sans faute ? #question
-> END

=== fin_excuses ===
#ending: cg-excuses #title: Les excuses #severity: moderate
#sanction: penal; plainte; loi-1881-diffamation; par: {etudiant():Corinne Masson|Bertrand Chevalier}
#sanction: stage; signalement au directeur de l'institut; ri-institut
#sanction: institut; avertissement; ri-institut, ifsi-discipline
#sanction: employeur; avertissement; fp-discretion-reserve, cgfp-l533-1, fph-procedure
{etudiant():Vous vous êtes {fem():excusée|excusé} auprès de Corinne Masson, en face. Elle peut encore porter plainte : une injure envers une personne se poursuit sur sa plainte, dans un délai court (trois mois). Le service a signalé les faits au directeur de l'institut ; vos excuses et le retrait comptent dans la suite.|Vous vous êtes {fem():excusée|excusé} auprès de Bertrand Chevalier. Il peut encore porter plainte : une diffamation envers une personne se poursuit sur sa plainte, dans un délai court (trois mois). Le directeur peut prononcer un avertissement ; votre franchise compte dans l'appréciation.} #debrief
Viser une personne nommée, et lui imputer une faute ou l'insulter, c'est quitter la critique pour l'attaque. Selon la loi de 1881, l'amende peut aller jusqu'à 12 000 € pour une injure ou une diffamation publiques envers un particulier. #debrief
Dans la réalité, une plainte et une procédure disciplinaire prennent des mois ; l'histoire les résume. #debrief
#refs: loi-1881-diffamation, {etudiant():ri-institut, ifsi-discipline|csp-r4312-25, fp-discretion-reserve}
Qu'est-ce qui a changé au moment où vous avez mis un nom ? #question
Comment dire la même colère sans viser personne ? #question
-> END

=== fin_personne_visee ===
#ending: cg-personne-visee #title: La personne visée #severity: serious #conduite: privee
#sanction: penal; plainte; loi-1881-diffamation; par: {etudiant():Corinne Masson|Bertrand Chevalier}
#sanction: stage; signalement au directeur de l'institut; ri-institut
#sanction: institut; blâme; ri-institut, ifsi-discipline
#sanction: ordre; plainte au conseil départemental; ordre-plainte-conciliation, csp-r4312-25; par: Bertrand Chevalier
#sanction: employeur; blâme; fp-discretion-reserve, cgfp-l533-1, fph-procedure
{etudiant():Corinne Masson a porté plainte pour injure, et le service a signalé les faits au directeur de l'institut, qui a saisi la section disciplinaire : le règlement intérieur de l'institut vise la communication qui porte atteinte à l'institut, à ses personnels ou aux lieux de stage. Le blâme est possible, et c'est le directeur, pas l'hôpital, qui décide de la suite de votre stage.|Bertrand Chevalier a porté plainte pour diffamation, et s'est aussi adressé au conseil départemental de l'Ordre : en dehors du service, la conduite est privée, et il peut le saisir lui-même ; une conciliation sera d'abord tentée. Le directeur de l'hôpital peut prononcer un blâme, sanction du premier groupe, après communication du dossier et vos observations.}{appel == 3: Votre refus de retirer quoi que ce soit pèse dans l'appréciation.} #debrief
Critiquer le manque d'effectif ou un bilan de stage était légitime. Nommer une personne et l'insulter ou l'accuser, en public, ne l'est pas : selon la loi de 1881, l'amende peut aller jusqu'à 12 000 € pour une injure ou une diffamation publiques envers un particulier, sur la plainte de la personne visée seulement. #debrief
Dans la réalité, ces procédures prennent des mois ; l'histoire les résume. #debrief
#refs: loi-1881-diffamation, {etudiant():ri-institut, ifsi-discipline, csp-r4312-1|csp-r4312-25, ordre-plainte-conciliation, fp-discretion-reserve}
Où passe la limite entre une critique et une attaque ? #question
Qu'auriez-vous pu écrire pour être {fem():entendue|entendu} sans viser personne ? #question
-> END

=== fin_secret ===
#ending: cg-secret-dit #title: Le secret dit en passant #severity: serious #conduite: privee
#sanction: penal; signalement au procureur; cp-226-13
#sanction: stage; signalement au directeur de l'institut; csp-r4312-5
#sanction: institut; blâme; ifsi-discipline, csp-r4312-5
#sanction: ordre; plainte au conseil départemental; ordre-plainte-conciliation, csp-r4312-5; par: Jacqueline Vial
#sanction: employeur; blâme; cgfp-l533-1, fph-procedure, csp-r4312-5
Ce n'était pas votre colère qui posait problème, mais ce qu'elle a laissé passer : ce que vous saviez de Mme Vial, dit à {presse == 3:une journaliste|une amie}, extérieure à sa prise en charge. Confirmer qu'une personne est hospitalisée, c'est déjà révéler une information secrète. #debrief
La révélation d'une information à caractère secret peut valoir jusqu'à 1 an d'emprisonnement et 15 000 € d'amende ; le procureur peut poursuivre sur simple signalement. {etudiant():Le service a signalé les faits au directeur de l'institut, qui peut saisir la section disciplinaire.|Mme Vial, qui n'avait rien choisi de tout cela, peut porter plainte elle-même devant le conseil départemental de l'Ordre, où une conciliation sera d'abord tentée ; le directeur de l'hôpital peut prononcer un blâme, après communication du dossier et vos observations.} #debrief
Dans la réalité, ces procédures prennent des mois ; l'histoire les résume. #debrief
#refs: cp-226-13, csp-r4312-5, {etudiant():ifsi-discipline|ordre-plainte-conciliation}
Pourquoi le simple fait d'être hospitalisé est-il couvert par le secret ? #question
Qu'auriez-vous pu répondre à Émilie, ou à la journaliste ? #question
-> END

=== fin_tableau ===
#ending: cg-tableau #title: Le tableau relayé #severity: critical #conduite: privee
#sanction: penal; poursuites; cp-226-13
#sanction: stage; signalement au directeur de l'institut; csp-r4312-5
#sanction: institut; exclusion temporaire; ifsi-discipline, csp-r4312-5
#sanction: employeur; exclusion de 4 à 15 jours; cgfp-l533-1, fph-procedure, csp-r4312-5
#sanction: ordre; plainte au conseil départemental; ordre-plainte-conciliation, csp-r4312-5; par: Jacqueline Vial
En relayant la photo du tableau, vous avez révélé les noms, les chambres et l'état de santé de plusieurs patients à des centaines de personnes. La colère contre l'organisation était légitime ; ce sont des patients qui en paient le prix. #debrief
La révélation d'une information à caractère secret peut valoir jusqu'à 1 an d'emprisonnement et 15 000 € d'amende ; le procureur peut poursuivre sur simple signalement, sans attendre une plainte. {etudiant():L'hôpital a signalé les faits au directeur de l'institut, qui a saisi la section disciplinaire : une exclusion temporaire est possible.|Le directeur de l'hôpital peut prononcer une exclusion de 4 à 15 jours, sanction du deuxième groupe, après avis du conseil de discipline ; Mme Vial, reconnaissable sur la photo, peut aussi porter plainte elle-même devant le conseil départemental de l'Ordre.}{appel == 3: Votre refus de retirer la photo pèse dans l'appréciation.} #debrief
Dans la réalité, ces procédures prennent des mois ; l'histoire les résume. #debrief
#refs: cp-226-13, csp-r4312-5, {etudiant():ifsi-discipline|fph-procedure, ordre-plainte-conciliation}
Pourquoi la photo de Mehdi devient-elle aussi votre faute quand vous la relayez ? #question
Que fallait-il faire dans les dix minutes qui ont suivi ? #question
-> END
