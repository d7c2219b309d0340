// Commun aux scénarios : le rôle joué, et qui est Camille (elle ou il).
// Dans le jeu, le rôle et le genre sont choisis au menu et les questions ci-dessous sont sautées ;
// dans Inky, elles sont posées, pour pouvoir lire chaque scénario dans les deux rôles et les deux genres.

VAR role = ""
VAR genre = ""

=== choisir_role ===
{ role != "": -> choisir_genre }
Vous jouez ce scénario en tant que…
+ [Étudiant·e en soins infirmiers, en stage #role: etudiant]
    ~ role = "etudiant"
+ [Infirmier·e diplômé·e #role: infirmier]
    ~ role = "infirmier"
- -> choisir_genre

= choisir_genre
{ genre != "": ->-> }
Camille, le personnage que vous jouez, est…
+ [Une femme (« elle ») #genre: f]
    ~ genre = "f"
+ [Un homme (« il ») #genre: m]
    ~ genre = "m"
- ->->

=== function etudiant() ===
~ return role == "etudiant"

// Accords : {fem():diplômée|diplômé}.
=== function fem() ===
~ return genre == "f"
