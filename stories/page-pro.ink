# title: La page pro
# theme: Faire connaître un cabinet libéral sur les réseaux : informer sans faire de publicité, ni vitrine ni concurrence
# duration: 12
# group: La communication et l'image de la profession
# order: 4
# statut: liberal
# contact: veronique; Véronique Bastide; Infirmière libérale à Saint-Aubin-sur-Lys, tutrice de stage
# contact: olivier; Olivier Marchetti; Infirmier libéral, l'autre cabinet de Saint-Aubin-sur-Lys
# contact: rolland; Paulette Rolland; Patiente du cabinet, 74 ans, soignée à domicile
# contact: lemaire; Sandrine Lemaire; Fille de Josiane Lemaire, patiente du cabinet
# contact: bousquet; Armand Bousquet; Habitant de Saint-Aubin, patient du cabinet d'Olivier Marchetti
# contact: nutri; NutriPlénitude; Marque de compléments alimentaires
# contact: maud; Maud Ferrer; Créatrice de contenus « bien-être » à Valmont, 18 000 abonnés
# contact: formatrice; Claire Fontaine; Formatrice référente de Camille, IFSI de Valmont
# contact: ordre; Conseil départemental de l'Ordre des infirmiers; Instance ordinale du département
# thread: dm-veronique; chat; Véronique Bastide; moi, veronique
# thread: dm-nutri; social; NutriPlénitude; moi, nutri
# thread: dm-maud; social; Maud Ferrer; moi, maud
# thread: dm-bousquet; social; Armand Bousquet; moi, bousquet

INCLUDE commun.ink

// Ce que Camille a fait, retenu pour la fin.
VAR faute = 0     // la plus lourde : 0 aucune, 3 concurrence, 4 commerce ou soins inutiles, 5 secret
VAR ecarts = 0    // petits écarts : témoignage épinglé, hashtags ciblants, pseudonyme non déclaré
VAR prudence = false // a refusé M. Bousquet : excès de prudence qui laisse un patient sans réponse
VAR sources = false  // a publié de la prévention avec des sources fiables
VAR secret_rolland = false // a confirmé en public les soins de Mme Rolland
VAR secret_lemaire = false // a répondu en public sur la santé de Mme Lemaire
VAR critique_effacee = false // a effacé l'avis de Sandrine Lemaire sans y répondre

-> choisir_role -> debut

=== function page() ===
{etudiant():la page de Véronique|votre page}

// ─────────────────────────────────────────────────────────────
=== debut ===
#open: lock #time: 19:20 #date: lundi 2 juin
{ etudiant() :
    Troisième semaine de votre stage de troisième année au cabinet de Véronique Bastide, infirmière libérale à Saint-Aubin-sur-Lys. Ce soir, dans la voiture, entre deux patients, elle vous a tendu son téléphone : « Toi qui es jeune, tu t'occupes des réseaux ? J'ai ouvert une page pour le cabinet, je n'y connais rien. »
}
{ not etudiant() :
    Il y a deux mois, vous vous êtes {fem():installée|installé} en libéral à Saint-Aubin-sur-Lys, un village de 3 000 habitants près de Valmont. La tournée grandit doucement. Ce soir, vous ouvrez la page Cercle du cabinet, créée la semaine dernière : 46 abonnés.
}
Nouvel avis sur {etudiant():la page du cabinet Bastide|votre page} #notif: social #from: rolland
#open: social
Merci merci merci à {etudiant():Véronique et à sa stagiaire|Camille} ! Grâce à vous mon ulcère de jambe est enfin refermé après deux ans. Je recommande à tout Saint-Aubin ⭐⭐⭐⭐⭐ #post: p-rolland #from: rolland #audience: public
{ etudiant() :
    Véronique, par message : « Tu as vu l'avis de Mme Rolland ? Mets-le en avant, c'est la meilleure des pubs ! » #from: veronique #in: dm-veronique
    #open: social
}
#decision: pp-avis #note: Une patiente ravie laisse un avis public. Que faire de ce témoignage ? #expect: Depuis décembre 2020, un infirmier peut informer le public de son activité, y compris sur les réseaux, mais sans témoignages de tiers : ni avis épinglé, ni remerciements mis en avant. Et répondre publiquement, c'est confirmer qu'elle est patiente du cabinet et parler de sa santé. Un merci en privé, ou de vive voix, suffit. #refs: csp-r4312-68-1, cp-226-13
+ [L'épingler en haut de {page()} #do: publish #audience: public #score: secret -1, respect 0, posture -1, image -2 #fb: {etudiant():C'est la page de Véronique : c'est elle que vise le code, qui exclut les témoignages de tiers de la communication d'un infirmier sur son activité. Vous teniez pourtant la page, et le code de déontologie s'applique aussi aux étudiants.|Le code exclut les témoignages de tiers de la communication d'un infirmier sur son activité : un avis épinglé, c'est exactement cela.} Et la santé de Mme Rolland s'affiche en tête d'une page que tout le village lit. #refs: csp-r4312-68-1{etudiant():, csp-r4312-1}]
    ~ ecarts = ecarts + 1
    L'avis de Mme Rolland s'affiche désormais en haut de la page, avec ses cinq étoiles.
    -> partenariat
+ [Répondre sous l'avis : « Merci Madame Rolland, {fem():ravie|ravi} que votre ulcère soit refermé, à jeudi pour le dernier pansement ! » #do: reply #act: reveler-diagnostic #score: secret -3, respect -1, posture -1, image -1 #fb: Elle a parlé de sa santé ; vous, vous n'en avez pas le droit. Votre réponse confirme qu'elle est soignée par le cabinet, et donne son ulcère et son prochain soin à lire à tout le village : c'est une révélation d'informations secrètes, même si elle en a parlé la première. #refs: cp-226-13, csp-r4312-5 #risk: penal; signalement au procureur; cp-226-13]
    ~ faute = 5
    ~ secret_rolland = true
    Merci Madame Rolland, {fem():ravie|ravi} que votre ulcère soit refermé, à jeudi pour le dernier pansement ! #comment: p-rolland #from: moi
    -> partenariat
+ [{etudiant():Proposer à Véronique de masquer l'avis, et de remercier Mme Rolland de vive voix jeudi|Masquer l'avis, et remercier Mme Rolland de vive voix jeudi} #do: action #score: secret 1, respect 1, posture 2, image 1 #fb: Un avis de patiente laissé en vitrine sur {page()} sert l'activité du cabinet comme un témoignage ; le masquer, c'est ne pas s'en servir, et ne rien répondre en public, c'est ne rien confirmer. {etudiant():La règle vise Véronique, puisque c'est sa page ; vous l'aidez à la respecter.|Le merci passe là où il a sa place : chez la patiente.} #refs: csp-r4312-68-1]
    { etudiant() :
        Je préfère ne pas le mettre en avant : les témoignages de patients, c'est justement ce que la règle exclut pour un cabinet. On le masque, et tu la remercies jeudi ? #from: moi #in: dm-veronique
        Bon… si tu le dis. Elle va être vexée, tu sais. #from: veronique
        Le lendemain, Mme Rolland appelle le cabinet : son avis a disparu. Véronique vous passe le téléphone pour que vous expliquiez. « Vous êtes bien compliqués, vous, les infirmiers », soupire Mme Rolland.
    - else:
        Vous masquez l'avis. Le lendemain, Mme Rolland vous appelle, un peu vexée : son avis a disparu. Vous lui expliquez. « Vous êtes bien compliqués, vous, les infirmiers », soupire-t-elle.
    }
    -> partenariat

// ─────────────────────────────────────────────────────────────
=== partenariat ===
Le surlendemain… #skip #time: 13:05 #date: mercredi 4 juin
Nouveau message de NutriPlénitude #notif: social #from: nutri
#open: social
Bonjour ! Nous adorons votre page 💚 Nous proposons aux soignants de proximité un partenariat : un code promo -15 % pour vos patients sur nos compléments « Peau & cicatrisation », et 10 % de commission pour le cabinet sur chaque vente. {etudiant():Intéressée|{fem():Intéressée|Intéressé}} ? #from: nutri #in: dm-nutri
{ etudiant() :
    Véronique a lu par-dessus votre épaule : « 10 %, ça paie l'essence. Tu en penses quoi ? »
}
#decision: pp-partenariat #note: Une marque propose un code promo et une commission. Qu'en dire ? #expect: Les recommandations de l'Ordre de janvier 2025 proscrivent les partenariats commerciaux sur la communication des infirmiers, et une commission sur ce qu'achètent ses patients relève de la concurrence déloyale que le code interdit. Refuser, c'est protéger la confiance des patients. #refs: oni-2025, csp-r4312-82
+ [Accepter : publier le code promo sur {page()} #do: publish #audience: public #score: secret 0, respect -2, posture -3, image -3 #fb: Un code promo contre une commission sur ce qu'achètent vos patients : l'Ordre proscrit les partenariats commerciaux, et le code interdit les commissions. Les patients ne savent plus si vous conseillez un soin ou un produit. #refs: oni-2025, csp-r4312-82{etudiant():, csp-r4312-1}]
    ~ faute = MAX(faute, 4)
    Peau qui tiraille, cicatrice qui traîne ? Avec le code SAINTAUBIN15, -15 % sur la gamme NutriPlénitude « Peau & cicatrisation » 💚 #post: p-promo #from: moi #audience: public
    -> hashtags
+ [Accepter sans code promo : juste un lien vers la boutique, en bas de {page()} #do: reply #score: secret 0, respect -1, posture -2, image -2 #fb: Plus discret qu'un code promo, c'est toujours un lien commercial, payé par une commission sur ce qu'achètent les patients : l'Ordre proscrit les partenariats commerciaux, et le code interdit les commissions. #refs: oni-2025, csp-r4312-82{etudiant():, csp-r4312-1}]
    ~ faute = MAX(faute, 4)
    Pas de code promo, mais d'accord pour un lien vers votre boutique en bas de la page. #from: moi
    Parfait ! Voici le lien, avec le suivi des ventes 🔗 #from: nutri
    -> hashtags
+ [Refuser : « Merci, mais un cabinet infirmier ne fait pas de partenariat commercial. » #do: reply #score: secret 0, respect 1, posture 2, image 2 #fb: Vous gardez votre conseil indépendant de toute vente : c'est ce que demandent les recommandations de l'Ordre. {etudiant():Véronique fait la moue : 10 % de commission, c'est de l'argent. Vous lui montrez la recommandation.|Vous renoncez à une commission : c'est le prix d'un conseil auquel vos patients peuvent se fier.} #refs: oni-2025]
    Merci, mais un cabinet infirmier ne fait pas de partenariat commercial. Bonne journée. #from: moi
    { etudiant() :
        Véronique soupire : « Bon. C'est toi qui lis les règles, hein. » Elle ne vous parle presque pas de l'après-midi.
    }
    -> hashtags

// ─────────────────────────────────────────────────────────────
=== hashtags ===
Le soir… #skip #time: 21:10 #date: mercredi 4 juin
#open: social
{etudiant():Véronique vous a demandé une première publication|Vous préparez votre première vraie publication} : les horaires du cabinet, les soins à domicile, le numéro de téléphone. Pour qu'elle soit vue, il faudrait des hashtags.
#decision: pp-hashtags #note: Des hashtags pour que la page soit vue : lesquels ? #expect: L'information du public est permise, avec sobriété. Les recommandations de l'Ordre proscrivent le référencement, payant ou gratuit, qui vise à cibler des patients, hashtags compris. #refs: oni-2025, csp-r4312-68-1
+ [« \#SaintAubin \#infirmiere \#diabete \#pansement \#soinsadomicile \#prenezrdv » #do: publish #audience: public #score: secret 0, respect 0, posture -1, image -1 #fb: Ville, pathologie, soin, « prenez rendez-vous » : ces hashtags ne servent pas à informer, ils servent à attirer les patients du quartier vers {page()}. L'Ordre proscrit exactement ce ciblage. #refs: oni-2025]
    ~ ecarts = ecarts + 1
    Cabinet infirmier de Saint-Aubin : soins à domicile 7 j/7, sur rendez-vous au 06 12 34 56 78. \#SaintAubin \#infirmiere \#diabete \#pansement \#soinsadomicile \#prenezrdv #post: p-info #from: moi #audience: public
    -> comparaison
+ [Aucun hashtag : l'adresse, les horaires, le téléphone, et « conventionné » #do: publish #audience: public #score: secret 0, respect 0, posture 1, image 1 #fb: Qui cherche un infirmier à Saint-Aubin trouvera la page ; vous informez sans aller chercher les patients. C'est ce que permet le code depuis 2020. #refs: csp-r4312-68-1]
    Cabinet infirmier de Saint-Aubin-sur-Lys, conventionné. Soins à domicile 7 j/7, de 7 h à 20 h. Téléphone : 06 12 34 56 78. #post: p-info #from: moi #audience: public
    -> comparaison

// ─────────────────────────────────────────────────────────────
=== comparaison ===
Quelques jours plus tard… #skip #time: 08:40 #date: lundi 9 juin
{ etudiant() :
    Dans la voiture, Véronique râle : « Olivier Marchetti, l'autre cabinet, il arrive à 11 h chez des patients diabétiques qui attendent leur insuline depuis 8 h. Écris un truc qui montre qu'on est {fem():différentes|différents}, nous. »
}
{ not etudiant() :
    Au café, deux patientes se plaignent devant vous de l'autre cabinet du village, celui d'Olivier Marchetti : « Il arrive à pas d'heure. » Vous pensez à votre page.
}
#decision: pp-comparaison #note: Montrer qu'on fait mieux que l'autre cabinet : que permet la règle ? #expect: L'information doit être loyale, honnête et prudente, sans comparaison avec des confrères ; la confraternité interdit de dénigrer un collègue, et attirer ses patients est de la concurrence déloyale. Dire ce que l'on fait soi-même suffit. #refs: csp-r4312-68-1, csp-r4312-25, csp-r4312-61
+ [Publier : « Chez nous, on passe à l'heure. Ce n'est pas le cas partout à Saint-Aubin 😉 » #do: publish #audience: public #score: secret 0, respect -1, posture -2, image -2 #fb: Tout le village sait qui est visé. Comparer sa pratique à celle d'un confrère est exclu de l'information du public, la confraternité interdit de le dénigrer, et chercher à attirer ses patients est interdit. #refs: csp-r4312-68-1, csp-r4312-25, csp-r4312-61]
    ~ faute = MAX(faute, 3)
    Chez nous, on passe à l'heure. Ce n'est pas le cas partout à Saint-Aubin 😉 #post: p-compare #from: moi #audience: public
    -> video
+ [Publier ce que fait le cabinet : « Passages de 7 h à 20 h, heure annoncée la veille par SMS. » #do: publish #audience: public #score: secret 0, respect 1, posture 2, image 1 #fb: Une information exacte, utile, sur votre propre pratique, sans viser personne : c'est ce que permet le code. {etudiant():Véronique trouve ça « un peu mou » ; c'est pourtant ce qui la protège.|Le village fera la comparaison lui-même, sans vous.} #refs: csp-r4312-68-1]
    Passages de 7 h à 20 h, heure annoncée la veille par SMS. #post: p-horaires #from: moi #audience: public
    -> video
+ [Ne rien publier sur le sujet #do: ignore #score: secret 0, respect 0, posture 1, image 0 #fb: Vous ne dénigrez personne. {etudiant():Véronique est déçue, mais elle n'a rien à se reprocher.|Rien ne vous est reproché.}]
    -> video

// ─────────────────────────────────────────────────────────────
=== video ===
#time: 18:30
Nouveau message de Maud Ferrer #notif: social #from: maud
#open: social
Coucou ! Je fais une série « Mes pros bien-être de Valmont » 💫 Je viens tourner chez vous une « cure de perfusions vitaminées à domicile, coup d'éclat garanti en 3 séances » ? Mes abonnées adorent, vous allez être {etudiant():débordée|{fem():débordée|débordé}} 😍 #from: maud #in: dm-maud
Une perfusion de vitamines chez des personnes en bonne santé, sans prescription ni besoin : un soin que rien ne justifie.
#decision: pp-video #note: Une créatrice de contenus propose une vidéo « résultats garantis » sur un soin qui n'est pas nécessaire. Que répondre, et que faire à la place ? #expect: L'information doit être loyale, honnête et prudente, sans incitation à des soins inutiles : « garanti » et « coup d'éclat » sont tout le contraire. Les réseaux ont pourtant de bons usages : prévention appuyée sur des sources officielles, partage de formations et de réseaux professionnels. #refs: csp-r4312-68-1, oni-2025
+ [Tourner la vidéo : « Résultats garantis ! » #do: reply #score: secret 0, respect -2, posture -3, image -3 #fb: Vous promettez un résultat et vous poussez des personnes en bonne santé vers un soin inutile, avec une créatrice qui se paie en visibilité : c'est une information trompeuse, une incitation à des soins inutiles et un partenariat, tout ce que le code et l'Ordre excluent. #refs: csp-r4312-68-1, oni-2025]
    ~ faute = MAX(faute, 4)
    Avec plaisir ! Venez jeudi, on tourne la cure 💉✨ #from: moi
    Trop bien !! Je préviens mes abonnées 😍 #from: maud
    -> pseudo
+ [Refuser, et publier à la place un rappel de prévention sur le pied diabétique, avec le lien vers la fiche officielle #do: publish #audience: public #score: secret 0, respect 1, posture 2, image 3 #fb: Vous refusez le soin inutile et vous faites de la page ce qu'elle peut être de mieux : une information de santé exacte, appuyée sur une source officielle. C'est le bon usage que décrivent les recommandations de l'Ordre. #refs: csp-r4312-68-1, oni-2025]
    ~ sources = true
    Merci, mais je ne fais pas de soins qui ne sont pas nécessaires. Bonne continuation ! #from: moi
    Pieds des personnes diabétiques : une petite plaie peut devenir grave. Regardez vos pieds chaque jour, et parlez-en à votre médecin ou à votre infirmier. La fiche officielle de prévention est en lien. #post: p-prevention #from: moi #audience: public
    -> pseudo
+ [Refuser, sans rien publier d'autre #do: reply #score: secret 0, respect 0, posture 1, image 1 #fb: Vous ne promettez rien de trompeur. La page reste une vitrine d'horaires ; elle pourrait aussi informer. #refs: csp-r4312-68-1]
    Merci, mais ce n'est pas pour le cabinet. Bonne continuation ! #from: moi
    -> pseudo

// ─────────────────────────────────────────────────────────────
=== pseudo ===
Le lendemain… #skip #time: 20:15 #date: mardi 10 juin
{ etudiant() :
    Véronique : « Une amie me dit que les infirmières influenceuses ont un nom de scène. On pourrait appeler la page Infi'Véro, c'est plus sympa ? » #from: veronique #in: dm-veronique
}
{ not etudiant() :
    Une amie vous conseille un nom plus accrocheur pour la page : « Infi'Cam ». Votre nom n'apparaîtrait plus nulle part.
}
#decision: pp-pseudo #note: Un nom de scène pour la page professionnelle : est-ce permis ? #expect: Un pseudonyme utilisé pour une activité professionnelle se déclare au conseil départemental de l'Ordre. Un compte personnel sous pseudonyme, lui, n'est pas interdit. #refs: oni-pseudonyme
+ [Renommer la page {etudiant():« Infi'Véro »|« Infi'Cam »} #do: action #score: secret 0, respect 0, posture -1, image -1 #fb: Pour une activité professionnelle, un pseudonyme se déclare au conseil départemental de l'Ordre. {etudiant():C'est la page de Véronique, et c'est à elle de le déclarer.|Sans déclaration, c'est un manquement de plus.} #refs: oni-pseudonyme]
    ~ ecarts = ecarts + 1
    La page s'appelle désormais {etudiant():« Infi'Véro »|« Infi'Cam »}. Aucun nom réel n'y apparaît plus.
    -> partage
+ [{etudiant():Proposer à Véronique de le déclarer d'abord au conseil départemental de l'Ordre|Le déclarer d'abord au conseil départemental de l'Ordre}, puis renommer #do: action #score: secret 0, respect 0, posture 2, image 1 #fb: Un pseudonyme professionnel déclaré à l'Ordre est permis : les patients et l'Ordre savent qui se cache derrière. #refs: oni-pseudonyme]
    { etudiant() :
        Pour un nom de page professionnelle, il faut le déclarer au conseil départemental de l'Ordre. Je te prépare le courrier ? #from: moi #in: dm-veronique
        Ah bon ? Vas-y, je signe demain. #from: veronique
    }
    { not etudiant() :
        Vous écrivez au conseil départemental de l'Ordre pour déclarer « Infi'Cam » comme nom d'exercice sur les réseaux. Un accusé de réception arrive le lendemain.
    }
    -> partage
+ [Garder le nom {etudiant():de Véronique|du cabinet et le vôtre} #do: action #score: secret 0, respect 0, posture 1, image 1 #fb: Rien à déclarer : le nom réel dit clairement qui soigne. #refs: oni-pseudonyme]
    -> partage

// ─────────────────────────────────────────────────────────────
=== partage ===
Le jeudi suivant… #skip #time: 21:30 #date: jeudi 12 juin
#open: social
{etudiant():Véronique et vous avez suivi ensemble un MOOC, la formation en ligne « Plaies chroniques » de l'université régionale. Elle voudrait que la page en parle.|Vous venez de terminer un MOOC, la formation en ligne « Plaies chroniques » de l'université régionale. Vous voudriez que la page en parle.} Dans un groupe de soignants, une astuce tourne beaucoup : « le miel referme tous les ulcères, plus besoin de pansements chers ». Et Mme Rolland, ravie, a donné son accord écrit pour « une photo avant-après de sa jambe ».
#decision: pp-partage #note: Que partager sur une page professionnelle pour qu'elle soit utile ? #expect: Les réseaux ont de bons usages : partager une formation reconnue, une source fiable, un réseau professionnel. Une astuce sans preuve n'est ni loyale ni prudente. Un « avant-après », même consenti, montre le corps d'une patiente reconnaissable dans un village, alors que le code demande qu'un cas publié ne permette pas d'identifier le patient ; et sur la page d'un cabinet, il joue le rôle d'un témoignage. #refs: csp-r4312-68-1, oni-2025, csp-r4312-49
+ [Partager la formation en ligne, avec deux lignes sur ce que vous y avez appris et le lien de l'université #do: publish #audience: public #score: secret 0, respect 1, posture 2, image 3 #fb: Une formation reconnue, une source fiable, votre pratique qui progresse : c'est le meilleur usage d'une page professionnelle, et il ne cible personne. #refs: oni-2025]
    ~ sources = true
    Formation en ligne « Plaies chroniques » de l'université régionale : terminée ! Ce que je retiens : une plaie qui ne cicatrise pas en six semaines se montre au médecin. Le lien est ci-dessous pour les collègues. #post: p-formation #from: moi #audience: public
    -> critique
+ [Relayer l'astuce du miel : « À tester, ça marche ! » #do: publish #audience: public #score: secret 0, respect -1, posture -2, image -2 #fb: Une astuce sans preuve, présentée comme efficace par un cabinet infirmier, peut faire renoncer des patients à un soin utile. L'information du public doit être loyale, honnête et prudente, et s'appuyer sur des sources fiables. #refs: csp-r4312-68-1, oni-2025]
    ~ faute = MAX(faute, 4)
    Le miel referme tous les ulcères, plus besoin de pansements chers. À tester, ça marche ! #post: p-miel #from: moi #audience: public
    -> critique
+ [Publier l'avant-après de la jambe de Mme Rolland, avec son accord écrit #do: publish #audience: public #score: secret -1, respect -1, posture -1, image -1 #fb: L'accord écrit est une bonne pratique, mais le code demande d'abord qu'on ne puisse pas reconnaître la patiente : or son avis public parle déjà d'un ulcère refermé après deux ans, et tout le village fera le lien. Et sur la page d'un cabinet, un « avant-après » joue le rôle d'un témoignage. #refs: csp-r4312-49, csp-r4312-68-1]
    ~ ecarts = ecarts + 1
    Deux ans de soins, et voilà le résultat 💪 (avec l'accord de la patiente) #post: p-avant-apres #from: moi #audience: public
    -> critique
+ [Ne rien publier ce soir #do: ignore #score: secret 0, respect 0, posture 0, image 0 #fb: Rien de trompeur ne sort. La page aurait pu, pourtant, partager une formation utile.]
    -> critique

// ─────────────────────────────────────────────────────────────
=== critique ===
Le samedi matin… #skip #time: 09:15 #date: samedi 14 juin
Nouvel avis sur {etudiant():la page du cabinet Bastide|votre page} #notif: social #from: lemaire
#open: social
★☆☆☆☆ Deux heures de retard jeudi pour l'insuline de ma mère, Mme Lemaire, rue des Tilleuls. Elle a attendu sans manger, à 84 ans. Cabinet à fuir. #post: p-lemaire #from: lemaire #audience: public
{ etudiant() :
    Véronique, par message : « Tu as vu ça ? Réponds-lui, toi, tu écris mieux que moi. Dis-lui qu'on a eu une urgence chez M. Girard, et que sa mère avait 1,10 g de glycémie, qu'elle n'était pas en danger. Ça lui apprendra. » #from: veronique #in: dm-veronique
    #open: social
- else:
    Jeudi, la tournée a pris deux heures de retard : M. Girard avait fait un malaise, vous avez attendu le SAMU avec lui. Mme Lemaire, elle, allait bien : 1,10 g de glycémie, et son injection faite à 10 h 05. Vous avez envie de le dire à tout le village.
}
#decision: pp-critique #note: La fille d'une patiente critique le cabinet en public, avec le nom et l'adresse de sa mère. Que faire de cet avis ? #expect: Ce que la fille a écrit ne délie pas {etudiant():le cabinet|l'infirmier} du secret : répondre sur le fond, en public, c'est confirmer que sa mère est soignée et dire ce qu'on sait d'elle, et d'un autre patient au passage. Une réponse brève qui ne confirme rien, puis une explication de vive voix, sur l'organisation de la tournée ; de la santé de Mme Lemaire, avec elle, ou avec son accord. #refs: csp-r4312-5, cp-226-13
+ [Supprimer l'avis et bloquer son autrice #do: action #score: secret 0, respect -1, posture -1, image -1 #fb: Rien de secret n'est dit, mais la critique disparaît sans réponse. Or elle parle peut-être d'un vrai problème : une injection d'insuline a une heure, et une patiente de 84 ans a attendu sans manger. Une page qui efface ce qui la dérange ne répond à personne.]
    ~ critique_effacee = true
    L'avis disparaît. Le soir, Sandrine Lemaire en publie une capture dans le groupe « Tu sais que tu viens de Saint-Aubin quand… » : « Ils effacent les avis, en plus. » Quarante commentaires avant minuit.
    -> patient_confrere
+ [« Madame, nous avons eu jeudi une urgence chez un autre patient. Votre mère n'a jamais été en danger : 1,10 g de glycémie, injection faite à 10 h 05. » #do: reply #act: reveler-diagnostic #score: secret -3, respect -1, posture -1, image -1 #fb: Sa fille a donné son nom ; vous, vous n'aviez pas le droit d'en dire plus. Au nom du cabinet, votre réponse confirme que Mme Lemaire est soignée, publie sa glycémie et son traitement, et signale au village l'urgence d'un autre patient : c'est une révélation d'informations secrètes, même pour vous défendre. #refs: cp-226-13, csp-r4312-5 #risk: penal; signalement au procureur; cp-226-13]
    ~ faute = 5
    ~ secret_lemaire = true
    Madame, nous avons eu jeudi une urgence chez un autre patient. Votre mère n'a jamais été en danger : 1,10 g de glycémie, injection faite à 10 h 05. #comment: p-lemaire #from: moi
    -> patient_confrere
+ [« Nous sommes désolés de lire cela. Nous ne parlons jamais de la situation d'une personne en public : appelez le cabinet au 06 12 34 56 78, nous prendrons le temps d'en parler. » #do: reply #score: secret 2, respect 2, posture 2, image 2 #fb: Vous répondez sans rien confirmer : ni que sa mère est soignée par le cabinet, ni ce que vous savez d'elle. Au téléphone, vous pourrez parler de l'organisation de la tournée ; de la santé de Mme Lemaire, avec elle, ou avec son accord : c'est elle qui décide de ce que sa fille sait. #refs: csp-r4312-5]
    Nous sommes désolés de lire cela. Nous ne parlons jamais de la situation d'une personne en public : appelez le cabinet au 06 12 34 56 78, nous prendrons le temps d'en parler. #comment: p-lemaire #from: moi
    { etudiant() :
        Une heure plus tard, Sandrine Lemaire appelle le cabinet. Véronique lui explique le retard, une urgence dans la tournée, sans dire chez qui, et promet un SMS la prochaine fois que l'heure glisse. L'avis reste en ligne ; Sandrine y ajoute une ligne : « Le cabinet m'a rappelée. Dont acte. »
    - else:
        Une heure plus tard, Sandrine Lemaire appelle le cabinet. Vous lui expliquez le retard, une urgence dans la tournée, sans dire chez qui, et vous promettez un SMS la prochaine fois que l'heure glisse. L'avis reste en ligne ; Sandrine y ajoute une ligne : « Le cabinet m'a rappelée. Dont acte. »
    }
    -> patient_confrere

// ─────────────────────────────────────────────────────────────
=== patient_confrere ===
Le soir… #skip #time: 20:40 #date: samedi 14 juin
Nouveau message d'Armand Bousquet #notif: social #from: bousquet
#open: social
Bonsoir. Je suis soigné par le cabinet Marchetti pour mes injections d'insuline, mais je voudrais changer. Vous pouvez me prendre à partir de lundi ? Je vous envoie la photo de mon ordonnance. #from: bousquet #in: dm-bousquet
#decision: pp-bousquet #note: Le patient d'un confrère demande à changer de cabinet. Que répondre ? #expect: Le code interdit de détourner ou de tenter de détourner la patientèle d'un confrère : aller la chercher, le dénigrer. Répondre à un patient qui vient de lui-même n'est pas un détournement ; refuser « par principe » le laisse sans solution. Pour l'ordonnance, un canal conforme, pas la messagerie de la page : l'infirmier libéral est lui-même responsable du traitement des données de santé qu'il reçoit. #refs: csp-r4312-61, csp-r4312-25, rgpd-9, hds-messagerie
+ [« Bien sûr ! Vous verrez, chez nous on arrive à l'heure 😉 Envoyez l'ordonnance ici. » #do: reply #score: secret -1, respect -1, posture -2, image -1 #fb: Vous dénigrez le confrère au passage, ce qui ressemble à un détournement de patientèle, et vous faites transiter une ordonnance par la messagerie d'un réseau social, alors que {etudiant():Véronique, infirmière libérale, est|vous êtes, comme {fem():infirmière libérale|infirmier libéral},} responsable du traitement des données de santé du cabinet. #refs: csp-r4312-61, csp-r4312-25, rgpd-9, hds-messagerie]
    ~ faute = MAX(faute, 3)
    Bien sûr ! Vous verrez, chez nous on arrive à l'heure 😉 Envoyez l'ordonnance ici. #from: moi
    -> fin
+ [« Appelez le cabinet au 06 12 34 56 78 pour en parler, et n'envoyez pas votre ordonnance ici. Pensez aussi à prévenir M. Marchetti, pour la suite de vos soins. » #do: reply #score: secret 2, respect 2, posture 2, image 1 #fb: Vous répondez à sa demande sans dénigrer personne, vous veillez à la continuité de ses soins, et vous tenez ses données de santé hors d'une messagerie grand public. #refs: csp-r4312-25, hds-messagerie, rgpd-9]
    Appelez le cabinet au 06 12 34 56 78 pour en parler, et n'envoyez pas votre ordonnance ici. Pensez aussi à prévenir M. Marchetti, pour la suite de vos soins. #from: moi
    Merci, c'est très clair. J'appelle demain. #from: bousquet
    -> fin
+ [« Je ne peux pas prendre les patients d'un confrère, {fem():désolée|désolé}. » #do: reply #score: secret 0, respect -1, posture -1, image 0 #fb: La prudence a ici un coût : ce que le code interdit, c'est d'aller chercher les patients d'un confrère, pas de répondre à celui qui vient de lui-même. M. Bousquet reste sans solution. #refs: csp-r4312-61]
    ~ prudence = true
    Je ne peux pas prendre les patients d'un confrère, {fem():désolée|désolé}. #from: moi
    Ah. Je ne savais pas que c'était interdit. Tant pis. #from: bousquet
    -> fin

// ─────────────────────────────────────────────────────────────
=== fin ===
{
- faute == 5:
    -> fin_secret
- faute == 4:
    -> fin_commerce
- faute == 3:
    -> fin_conciliation
- prudence:
    -> fin_prudence
- ecarts >= 1:
    -> fin_vitrine
- else:
    -> fin_exemplaire
}

=== fin_exemplaire ===
#ending: pp-page-exemplaire #title: Une page qui informe #severity: exemplary
#sanction: aucune
{etudiant():Fin de stage : Véronique relit la page avec vous, sans avis épinglé ni marque. « Elle est moins clinquante que celle des influenceuses, mais je n'ai rien à me reprocher. »|Trois mois plus tard, la page compte 180 abonnés, presque tous du village. Personne n'y est cité, aucune marque n'y apparaît{sources:, et ce que vous y avez partagé a été repris par la mairie|}.} #debrief
Depuis le décret du 22 décembre 2020, un infirmier peut informer le public de son activité, y compris sur les réseaux : une information loyale, honnête et prudente. Restent exclus les témoignages de patients, la comparaison avec des confrères, l'incitation à des soins inutiles ; et l'Ordre proscrit les partenariats commerciaux et les hashtags qui ciblent des patients. #debrief
{critique_effacee:Seule ombre : l'avis de Sandrine Lemaire, effacé sans réponse, circule en capture dans le groupe du village, alors qu'une réponse brève qui ne confirmait rien, puis un appel, suffisaient.|{sources:Ce que vous avez partagé, appuyé sur une source fiable, montre le meilleur usage d'une page : informer, pas vendre.|Une page peut aussi informer : prévention appuyée sur des sources officielles, formations, réseaux professionnels.}} #debrief
#refs: csp-r4312-68-1, oni-2025
Qu'est-ce qui distingue une information d'une publicité ? #question
Quelle source officielle citeriez-vous pour un rappel de prévention ? #question
-> END

=== fin_vitrine ===
#ending: pp-vitrine #title: Une page un peu vitrine #severity: minor
#sanction: stage; entretien avec la tutrice; csp-r4312-68-1, csp-r4312-1
{etudiant():Rien de grave, mais la page en fait trop, par un ou plusieurs de ces écarts : un avis épinglé, des hashtags qui visent les patients du village, un nom de page non déclaré, un avant-après où une patiente se reconnaît. En fin de stage, Véronique et votre formatrice référente, Claire Fontaine, en reparlent avec vous : c'était la page de Véronique, mais vous la teniez.|Rien de grave, mais la page en fait trop, par un ou plusieurs de ces écarts : un avis épinglé, des hashtags qui visent les patients du village, un pseudonyme non déclaré, un avant-après où une patiente se reconnaît. Un confrère vous le fait remarquer, amicalement, avant que quelqu'un d'autre ne le porte devant l'Ordre.} #debrief
{critique_effacee:Et l'avis de Sandrine Lemaire, effacé sans réponse, circule en capture dans le groupe du village : une page qui ne garde que les compliments ressemble encore plus à une vitrine. #debrief}
Ces règles n'interdisent pas d'être visible : elles distinguent informer et attirer. Un témoignage épinglé, c'est la parole d'un patient mise au service de votre activité ; un hashtag « \#diabete \#SaintAubin », c'est un hameçon. #debrief
#refs: csp-r4312-68-1, oni-2025, oni-pseudonyme, csp-r4312-49
Lequel de ces écarts vous paraissait anodin, et pourquoi ne l'est-il pas ? #question
Comment rendre une page visible sans cibler de patients ? #question
-> END

=== fin_prudence ===
#ending: pp-trop-prudente #title: La page parfaite, le patient perdu #severity: minor
#sanction: aucune
{ecarts >= 1:La page garde quelques écarts de vitrine, mais ce n'est pas le plus lourd.|La page est irréprochable.} Mais M. Bousquet, qui voulait simplement changer d'infirmier, a cru que c'était interdit. Il est resté sans solution, puis a fini par arrêter de demander. #debrief
Ce que le code interdit, c'est de détourner ou de tenter de détourner la patientèle d'un confrère : aller chercher ses patients, le dénigrer. Répondre à quelqu'un qui vous choisit, en l'invitant à prévenir son infirmier actuel, n'est pas un détournement. La prudence excessive a aussi un coût, et c'est le patient qui le paie. #debrief
#refs: csp-r4312-61, csp-r4312-25
Qu'est-ce qui distingue accueillir un patient et aller le chercher ? #question
Que dire à M. Bousquet pour respecter à la fois son choix et votre confrère ? #question
-> END

=== fin_conciliation ===
#ending: pp-conciliation #title: La conciliation #severity: moderate
#sanction: stage; évaluation de stage défavorable; csp-r4312-25, csp-r4312-1
#sanction: ordre; plainte au conseil départemental; ordre-plainte-conciliation, csp-r4312-25, csp-r4312-61; par: Olivier Marchetti
#sanction: ordre; conciliation; ordre-plainte-conciliation, csp-r4312-25
{etudiant():Olivier Marchetti a appris ce que la page disait de lui ; il a porté plainte contre Véronique devant le conseil départemental de l'Ordre. C'est elle qui en répond : vous n'êtes pas {fem():inscrite|inscrit} à l'Ordre. Mais vous teniez la page ; votre évaluation de stage note « dénigrement d'un confrère », et votre formatrice référente en reparle avec vous.|Olivier Marchetti a porté plainte contre vous devant le conseil départemental de l'Ordre. Une conciliation est d'abord tentée : vous vous retrouvez face à face, devant des membres du conseil. Si elle échoue, le conseil transmet la plainte à la chambre disciplinaire de première instance, en s'y associant ou non.} #debrief
Comparer sa pratique à celle d'un confrère, le dénigrer, chercher à attirer ses patients : la confraternité et le code l'interdisent. Dans un village, tout le monde sait qui est visé. #debrief
Dans la réalité, la conciliation et la suite prennent des mois ; l'histoire les résume. #debrief
#refs: csp-r4312-25, csp-r4312-61, {etudiant():csp-r4312-1|ordre-plainte-conciliation}
Comment présenter ses points forts sans viser un confrère ? #question
Qu'est-ce qu'une conciliation peut réparer, entre deux cabinets d'un même village ? #question
-> END

=== fin_commerce ===
#ending: pp-commerce #title: La page qui vend et qui promet #severity: serious
#sanction: stage; entretien avec le formateur référent; csp-r4312-1
#sanction: stage; évaluation de stage défavorable; csp-r4312-1
#sanction: ordre; plainte au conseil départemental; ordre-plainte-conciliation, csp-r4312-68-1; par: Olivier Marchetti
#sanction: ordre; blâme; csp-l4124-6, csp-r4312-68-1, csp-r4312-82
{etudiant():Un code promo ou un lien contre commission, une cure « garantie » ou une astuce sans preuve : la page de Véronique vend et promet. C'est elle qui en répond devant l'Ordre. Votre formatrice référente vous reçoit, et votre évaluation de stage le note : vous teniez la page, et vous avez publié.|Un code promo ou un lien contre commission, une cure « garantie » ou une astuce sans preuve : votre page vend et promet. Olivier Marchetti, qui la suit, a porté plainte devant le conseil départemental de l'Ordre. La conciliation a échoué : le conseil a transmis la plainte à la chambre disciplinaire de première instance, qui peut prononcer un avertissement, un blâme, voire plus lourd.} #debrief
Les recommandations de l'Ordre proscrivent les partenariats commerciaux ; le code interdit les commissions et l'incitation à des soins inutiles ; l'information doit être loyale, honnête et prudente. Un patient doit pouvoir se fier à un conseil qui ne rapporte rien à celui qui le donne. #debrief
Dans la réalité, ces procédures prennent des mois ; l'histoire les résume. #debrief
#refs: csp-r4312-68-1, csp-r4312-82, oni-2025{etudiant():, csp-r4312-1|, csp-l4124-6}
Pourquoi un code promo abîme-t-il la confiance d'un patient ? #question
Quelle différence entre conseiller un soin et vendre un produit ? #question
-> END

=== fin_secret ===
#ending: pp-secret-public #title: Le merci qui en dit trop #severity: serious
#sanction: penal; signalement au procureur; cp-226-13
#sanction: stage; signalement au directeur de l'institut; csp-r4312-5
#sanction: institut; avertissement; ifsi-discipline, csp-r4312-5
#sanction: ordre; plainte au conseil départemental; ordre-plainte-conciliation, csp-r4312-5; par: {secret_rolland:Paulette Rolland|Josiane Lemaire}
#sanction: ordre; blâme; csp-l4124-6, csp-r4312-5
{
- secret_rolland and secret_lemaire:
    Deux réponses publiques, deux patientes : vous avez confirmé, au nom du cabinet, que Mme Rolland et Mme Lemaire sont soignées par {etudiant():Véronique|vous}, avec l'ulcère et le prochain soin de l'une, la glycémie et le traitement de l'autre. Qu'une patiente ou sa fille en parle la première ne vous déliait pas du secret. #debrief
- secret_rolland:
    Mme Rolland avait parlé de son ulcère ; vous, vous n'en aviez pas le droit. Votre réponse publique a confirmé, au nom du cabinet, qu'elle est soignée par {etudiant():Véronique|vous}, et ajouté ce qu'elle n'avait pas dit : son prochain soin et le jour du passage, à lire par tout le village. #debrief
- else:
    La fille de Mme Lemaire avait donné son nom pour se plaindre ; vous, vous n'aviez pas le droit d'en dire plus. Pour défendre le cabinet, votre réponse publique a confirmé que Mme Lemaire est soignée par {etudiant():Véronique|vous}, et publié sa glycémie, son traitement et l'urgence d'un autre patient : avoir raison sur le retard ne déliait pas du secret. #debrief
}
La révélation d'une information à caractère secret peut valoir jusqu'à 1 an d'emprisonnement et 15 000 € d'amende ; le procureur peut poursuivre sur simple signalement. {etudiant():Véronique a signalé les faits au directeur de l'institut, qui peut saisir la section disciplinaire.|{secret_rolland:Mme Rolland|Mme Lemaire, et non sa fille,} peut porter plainte elle-même devant le conseil départemental de l'Ordre : c'est sa santé, et son droit ; si la conciliation échoue, la chambre disciplinaire peut prononcer un blâme, voire plus lourd.} #debrief
Dans la réalité, ces procédures prennent des mois ; l'histoire les résume. #debrief
#refs: cp-226-13, csp-r4312-5{etudiant():, ifsi-discipline|, ordre-plainte-conciliation, csp-l4124-6}
Pourquoi un patient, ou un proche, peut-il parler de sa santé en public, et pas son infirmier ? #question
{secret_rolland:Comment remercier une patiente sans rien confirmer ?|Comment répondre à une critique publique sans rien confirmer ?} #question
-> END
