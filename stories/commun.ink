// Commun aux trois scénarios : le rôle joué.
// Dans le jeu, le rôle est choisi au menu et la question ci-dessous est sautée ;
// dans Inky, elle est posée, pour pouvoir lire chaque scénario dans les deux rôles.

VAR role = ""

=== choisir_role ===
{ role != "": ->-> }
Vous jouez ce scénario en tant que…
+ [Étudiant·e en soins infirmiers, en stage #role: etudiant]
    ~ role = "etudiant"
+ [Infirmier·e diplômé·e #role: infirmier]
    ~ role = "infirmier"
- ->->

=== function etudiant() ===
~ return role == "etudiant"
