<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>&apos;{url}&apos; is not a broker URL; write mqtt://HOST[:PORT]/PREFIX</source>
        <translation>« {url} » n&apos;est pas une adresse de courtier ; écrivez mqtt://HÔTE[:PORT]/PRÉFIXE</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; has a port that is not a number</source>
        <translation>le port de « {url} » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; names no host</source>
        <translation>« {url} » ne nomme aucun hôte</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; needs a topic prefix without + or #, as in mqtt://HOST/event</source>
        <translation>« {url} » doit avoir un préfixe de sujet sans + ni #, par exemple mqtt://HÔTE/evenement</translation>
    </message>
    <message>
        <source>the broker refused: {why}</source>
        <translation>le courtier a refusé : {why}</translation>
    </message>
    <message>
        <source>lost the broker at {where}</source>
        <translation>connexion perdue avec le courtier {where}</translation>
    </message>
    <message>
        <source>cannot reach the broker at {where}</source>
        <translation>impossible de joindre le courtier {where}</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Session Runner host console</source>
        <translation>Console de régie de Session Runner</translation>
    </message>
    <message>
        <source>Runs the clock of the day&apos;s session</source>
        <translation>Tient le minutage de la séance du jour</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Every segment of the day with its planned and actual times and status; Enter starts the selected one</source>
        <translation>Chaque séquence du jour avec ses horaires prévus et effectifs et son état ; Entrée lance la séquence choisie</translation>
    </message>
    <message>
        <source>Countdown of the running segment</source>
        <translation>Compte à rebours de la séquence en cours</translation>
    </message>
    <message>
        <source>Nothing is running</source>
        <translation>Aucune séquence en cours</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>No alert</source>
        <translation>Aucune alerte</translation>
    </message>
    <message>
        <source>Note on the running segment</source>
        <translation>Note sur la séquence en cours</translation>
    </message>
    <message>
        <source>Type a note and press Enter to log it</source>
        <translation>Saisissez une note et appuyez sur Entrée pour l&apos;inscrire au journal</translation>
    </message>
    <message>
        <source>Message to the chair</source>
        <translation>Message à la présidence</translation>
    </message>
    <message>
        <source>Shown in large type on the chair&apos;s screen; Enter sends it</source>
        <translation>Affiché en grands caractères sur l&apos;écran de la présidence ; Entrée l&apos;envoie</translation>
    </message>
    <message>
        <source>Speakers&apos; list</source>
        <translation>Liste des orateurs</translation>
    </message>
    <message>
        <source>The speakers in order; drag one to move it</source>
        <translation>Les orateurs dans l&apos;ordre ; faites glisser un nom pour le déplacer</translation>
    </message>
    <message>
        <source>Countdown of the speaker&apos;s turn</source>
        <translation>Compte à rebours du temps de parole</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Aucun orateur</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>Nouvel orateur</translation>
    </message>
    <message>
        <source>Type a name and press Enter to add it to the list</source>
        <translation>Saisissez un nom et appuyez sur Entrée pour l&apos;ajouter à la liste</translation>
    </message>
    <message>
        <source>New speaker&apos;s time limit</source>
        <translation>Temps de parole du nouvel orateur</translation>
    </message>
    <message>
        <source>Optional: 90s, 3m or 2:00</source>
        <translation>Facultatif : 90s, 3m ou 2:00</translation>
    </message>
    <message>
        <source>New delegation&apos;s category</source>
        <translation>Catégorie de la nouvelle délégation</translation>
    </message>
    <message>
        <source>On a floor: the category of the delegation typed; its limit is the category&apos;s</source>
        <translation>Sur une liste de délégations : la catégorie de la délégation saisie ; sa limite est celle de la catégorie</translation>
    </message>
    <message>
        <source>New delegation&apos;s rank</source>
        <translation>Rang de la nouvelle délégation</translation>
    </message>
    <message>
        <source>In protocol order: the rank of who speaks for the delegation typed; it takes its place by it</source>
        <translation>Dans l&apos;ordre protocolaire : le rang de la personne qui parle au nom de la délégation saisie ; celle-ci prend sa place selon ce rang</translation>
    </message>
    <message>
        <source>Move the speaker up</source>
        <translation>Avancer l&apos;orateur</translation>
    </message>
    <message>
        <source>Moves the selected speaker one place earlier</source>
        <translation>Avance l&apos;orateur sélectionné d&apos;une place</translation>
    </message>
    <message>
        <source>Move the speaker down</source>
        <translation>Reculer l&apos;orateur</translation>
    </message>
    <message>
        <source>Moves the selected speaker one place later</source>
        <translation>Recule l&apos;orateur sélectionné d&apos;une place</translation>
    </message>
    <message>
        <source>Skip the speaker</source>
        <translation>Passer l&apos;orateur</translation>
    </message>
    <message>
        <source>Skips the selected speaker, or brings them back</source>
        <translation>Passe l&apos;orateur sélectionné, ou le rétablit</translation>
    </message>
    <message>
        <source>Strike from the list</source>
        <translation>Rayer de la liste</translation>
    </message>
    <message>
        <source>Strikes the selected delegation still waiting from the list</source>
        <translation>Raye de la liste la délégation sélectionnée encore en attente</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>Every key of the console and what it does</source>
        <translation>Chaque touche de la console et son effet</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Dismiss this alert</source>
        <translation>Fermer cette alerte</translation>
    </message>
    <message>
        <source>Hides the alert; the log keeps it</source>
        <translation>Masque l&apos;alerte ; le journal la conserve</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Nothing to export: this session keeps no timing log</source>
        <translation>Rien à exporter : cette séance ne tient pas de journal de minutage</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation : %1</translation>
    </message>
    <message>
        <source>Chair&apos;s summary written to %1 (%2 files)</source>
        <translation>Résumé de la présidence écrit dans %1 (%2 fichiers)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>%1 from the next start</source>
        <translation>%1 au prochain démarrage</translation>
    </message>
    <message>
        <source>cannot open the timing log: %1</source>
        <translation>impossible d&apos;ouvrir le journal de minutage : %1</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Cannot open the timing log: %1</source>
        <translation>Impossible d&apos;ouvrir le journal de minutage : %1</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>Quelle journée ?</translation>
    </message>
    <message>
        <source>%1 has several days:</source>
        <translation>%1 compte plusieurs journées :</translation>
    </message>
    <message>
        <source>This day is already open.</source>
        <translation>Cette journée est déjà ouverte.</translation>
    </message>
    <message>
        <source>Close this day and open &apos;%1&apos;? Its log is safe: opening it again resumes it.</source>
        <translation>Fermer cette journée et ouvrir « %1 » ? Son journal est conservé : la rouvrir la reprendra.</translation>
    </message>
</context>
<context>
    <name>ChairView</name>
    <message>
        <source>Chair — %1</source>
        <translation>Présidence — %1</translation>
    </message>
    <message>
        <source>Chair&apos;s screen</source>
        <translation>Écran de la présidence</translation>
    </message>
    <message>
        <source>What runs now, the time left, and who speaks next</source>
        <translation>La séquence en cours, le temps restant et le prochain orateur</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>La journée est terminée</translation>
    </message>
    <message>
        <source>Coming up: %1</source>
        <translation>À suivre : %1</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>Journée terminée</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>En attente du début</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2 — %3</source>
        <translation>Ensuite ≈ %1 : %2 — %3</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2</source>
        <translation>Ensuite ≈ %1 : %2</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>Nothing is running</source>
        <translation>Aucune séquence en cours</translation>
    </message>
    <message>
        <source>ENDING SOON</source>
        <translation>FIN PROCHE</translation>
    </message>
    <message>
        <source>FINAL SECONDS</source>
        <translation>DERNIÈRES SECONDES</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message numerus="yes">
        <source>Over time by %n minute(s)</source>
        <translation>
            <numerusform>Dépassement de %n minute</numerusform>
            <numerusform>Dépassement de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Le temps est écoulé</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n seconde restante</numerusform>
            <numerusform>%n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute restante</numerusform>
            <numerusform>%n minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused, %1</source>
        <translation>En pause, %1</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>DÉPASSEMENT</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>and %1 more (see the details)</source>
        <translation>et %1 de plus (voir le détail)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open an agenda</source>
        <translation>Ouvrir un programme</translation>
    </message>
    <message>
        <source>Agendas (*.yaml *.yml)</source>
        <translation>Programmes (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export the chair&apos;s summary to</source>
        <translation>Exporter le résumé de la présidence vers</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>on time</source>
        <translation>à l&apos;heure</translation>
    </message>
    <message>
        <source>%1 s behind</source>
        <translation>%1 s de retard</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>%1 d&apos;avance</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Ends ≈ %1</source>
        <translation>Fin ≈ %1</translation>
    </message>
    <message>
        <source>hard stop %1 AT RISK</source>
        <translation>heure limite %1 MENACÉE</translation>
    </message>
    <message>
        <source>hard stop %1</source>
        <translation>heure limite %1</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>Journée terminée</translation>
    </message>
    <message>
        <source>Ended at %1</source>
        <translation>Terminée à %1</translation>
    </message>
    <message>
        <source>ddd d MMMM yyyy</source>
        <comment>a date as Qt formats one: weekday, day, month, year</comment>
        <translation>ddd d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Effet</translation>
    </message>
</context>
<context>
    <name>HostActions</name>
    <message>
        <source>Start / Next</source>
        <translation>Lancer / Suivant</translation>
    </message>
    <message>
        <source>Start the first segment, or end this one and start the next</source>
        <translation>Lancer la première séquence, ou clore celle-ci et lancer la suivante</translation>
    </message>
    <message>
        <source>Pause / Resume</source>
        <translation>Pause / Reprise</translation>
    </message>
    <message>
        <source>Pause or resume the running segment</source>
        <translation>Suspendre ou reprendre la séquence en cours</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Orateur suivant</translation>
    </message>
    <message>
        <source>Give the floor to the next speaker</source>
        <translation>Donner la parole à l&apos;orateur suivant</translation>
    </message>
    <message>
        <source>Previous speaker</source>
        <translation>Orateur précédent</translation>
    </message>
    <message>
        <source>Undo the last move of the floor</source>
        <translation>Annuler le dernier passage de parole</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Reopen the previous segment (Space was pressed too early)</source>
        <translation>Rouvrir la séquence précédente (Espace pressé trop tôt)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Add a minute to the running segment</source>
        <translation>Ajouter une minute à la séquence en cours</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <source>Remove a minute from the running segment</source>
        <translation>Retirer une minute à la séquence en cours</translation>
    </message>
    <message>
        <source>Hold next</source>
        <translation>Retenir la suivante</translation>
    </message>
    <message>
        <source>On an auto-start day, keep the next segment from starting by itself (again to release it)</source>
        <translation>Un jour à démarrage automatique, empêcher la séquence suivante de démarrer seule (à nouveau pour la libérer)</translation>
    </message>
    <message>
        <source>Skip next</source>
        <translation>Passer la suivante</translation>
    </message>
    <message>
        <source>Skip the next segment (again to bring it back)</source>
        <translation>Passer la séquence suivante (à nouveau pour la rétablir)</translation>
    </message>
    <message>
        <source>Jump to selected</source>
        <translation>Aller à la sélection</translation>
    </message>
    <message>
        <source>Start the segment selected in the rundown (or Enter on it)</source>
        <translation>Lancer la séquence sélectionnée dans le déroulé (ou Entrée sur celle-ci)</translation>
    </message>
    <message>
        <source>End day</source>
        <translation>Clore la journée</translation>
    </message>
    <message>
        <source>End the running segment and close the day</source>
        <translation>Terminer la séquence en cours et clore la journée</translation>
    </message>
    <message>
        <source>Open agenda…</source>
        <translation>Ouvrir un programme…</translation>
    </message>
    <message>
        <source>Open another agenda file (YAML); a file dropped on the window opens too</source>
        <translation>Ouvrir un autre fichier de programme (YAML) ; un fichier déposé sur la fenêtre s&apos;ouvre aussi</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le résumé…</translation>
    </message>
    <message>
        <source>Write the chair&apos;s summary (HTML, PDF, Markdown, CSV, JSON lines) to a folder</source>
        <translation>Écrire le résumé de la présidence (HTML, PDF, Markdown, CSV, JSON Lines) dans un dossier</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import a programme (spreadsheet, calendar, schedule.xml, pasted text) as an agenda, and open it</source>
        <translation>Importer un programme (tableur, calendrier, schedule.xml, texte collé) et l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Add speakers&apos; list from a file…</source>
        <translation>Ajouter une liste d&apos;orateurs depuis un fichier…</translation>
    </message>
    <message>
        <source>Add a list of speakers (CSV: delegation, category, speaker) to the running floor</source>
        <translation>Ajouter une liste d&apos;orateurs (CSV : délégation, catégorie, orateur) à la liste de délégations en cours</translation>
    </message>
    <message>
        <source>Paste speakers&apos; list…</source>
        <translation>Coller une liste d&apos;orateurs…</translation>
    </message>
    <message>
        <source>Paste a list of speakers, a delegation a line, onto the running floor</source>
        <translation>Coller une liste d&apos;orateurs, une délégation par ligne, sur la liste de délégations en cours</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Ajouter un orateur</translation>
    </message>
    <message>
        <source>Type speakers&apos; names: Enter adds each and keeps the box; Escape gives the keys back</source>
        <translation>Saisir les noms des orateurs : Entrée ajoute chacun et garde la case ; Échap rend les touches</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Motion d&apos;ordre</translation>
    </message>
    <message>
        <source>A point of order: the speaker&apos;s clock stops, never charged to the delegation (again to end it)</source>
        <translation>Une motion d&apos;ordre : le chronomètre de l&apos;orateur s&apos;arrête, ce temps n&apos;est jamais imputé à la délégation (à nouveau pour y mettre fin)</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Droit de réponse</translation>
    </message>
    <message>
        <source>The selected delegation (or the one speaking) asks for the right of reply: heard after the list</source>
        <translation>La délégation sélectionnée (ou celle qui a la parole) demande à exercer son droit de réponse : entendue après la liste</translation>
    </message>
    <message>
        <source>Strike from the list</source>
        <translation>Rayer de la liste</translation>
    </message>
    <message>
        <source>Strike the selected delegation (or speaker) still waiting from the list: it will not speak</source>
        <translation>Rayer de la liste la délégation (ou l&apos;orateur) sélectionnée encore en attente : elle ne prendra pas la parole</translation>
    </message>
    <message>
        <source>Draw lots</source>
        <translation>Tirage au sort</translation>
    </message>
    <message>
        <source>Order the delegations still waiting by drawing lots (among equals in rank); the seed is logged</source>
        <translation>Ordonner par tirage au sort les délégations encore en attente (entre égaux de rang) ; la graine est consignée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note against the running segment</source>
        <translation>Inscrire une note sur la séquence en cours</translation>
    </message>
    <message>
        <source>Message chair</source>
        <translation>Message à la présidence</translation>
    </message>
    <message>
        <source>Send a message to the chair&apos;s screen</source>
        <translation>Envoyer un message à l&apos;écran de la présidence</translation>
    </message>
    <message>
        <source>Mute alerts</source>
        <translation>Couper le son des alertes</translation>
    </message>
    <message>
        <source>Silence alert sounds (banners still show)</source>
        <translation>Couper le son des alertes (les bandeaux restent affichés)</translation>
    </message>
    <message>
        <source>Chair view</source>
        <translation>Vue présidence</translation>
    </message>
    <message>
        <source>Show or hide the chair&apos;s window</source>
        <translation>Afficher ou masquer la fenêtre de la présidence</translation>
    </message>
    <message>
        <source>Chair full screen</source>
        <translation>Présidence en plein écran</translation>
    </message>
    <message>
        <source>Put the chair&apos;s window full screen on the chosen screen</source>
        <translation>Mettre la fenêtre de la présidence en plein écran sur l&apos;écran choisi</translation>
    </message>
    <message>
        <source>Share live views…</source>
        <translation>Partager les vues en direct…</translation>
    </message>
    <message>
        <source>Serve the chair&apos;s, speakers&apos; and stage views to browsers elsewhere: links, QR codes</source>
        <translation>Diffuser les vues de la présidence, des orateurs et de la scène vers d&apos;autres navigateurs : liens, codes QR</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Thème sombre</translation>
    </message>
    <message>
        <source>Switch between the light and the dark palette (for dim control rooms)</source>
        <translation>Basculer entre les palettes claire et sombre (pour les régies peu éclairées)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>White on black, yellow for the selection: for low vision or a washed-out screen</source>
        <translation>Blanc sur noir, jaune pour la sélection : pour la basse vision ou un écran délavé</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>Lister tous les raccourcis</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Take back the last action on the day (a stray Space, a skip…); again for the one before</source>
        <translation>Annuler la dernière action sur la journée (une Espace de trop, un passage…) ; encore pour la précédente</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Do again what Undo took back</source>
        <translation>Refaire ce qu&apos;Annuler a défait</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Quit (the timing log is already safe on disk)</source>
        <translation>Quitter (le journal de minutage est déjà enregistré sur le disque)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Enter (in the rundown)</source>
        <translation>Entrée (dans le déroulé)</translation>
    </message>
    <message>
        <source>Start the selected segment</source>
        <translation>Lancer la séquence sélectionnée</translation>
    </message>
</context>
<context>
    <name>HostMenus</name>
    <message>
        <source>Previous speaker</source>
        <translation>Orateur précédent</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Jump</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Orateur suivant</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>&amp;Orateurs</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Présidence</translation>
    </message>
    <message>
        <source>Chair screen</source>
        <translation>Écran de la présidence</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Speakers and chair</source>
        <translation>Orateurs et présidence</translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message>
        <source>Note on the running segment (N, Enter to save)…</source>
        <translation>Note sur la séquence en cours (N, Entrée pour enregistrer)…</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Présidence :</translation>
    </message>
    <message>
        <source>Chair&apos;s language</source>
        <translation>Langue de la présidence</translation>
    </message>
    <message>
        <source>Same as the host&apos;s</source>
        <translation>Celle de la régie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Select a segment in the rundown first</source>
        <translation>Sélectionnez d&apos;abord une séquence dans le déroulé</translation>
    </message>
    <message>
        <source>Select a delegation in the speakers&apos; list first</source>
        <translation>Sélectionnez d&apos;abord une délégation dans la liste des orateurs</translation>
    </message>
    <message>
        <source>Draw lots for the order of the delegations still waiting?</source>
        <translation>Tirer au sort l&apos;ordre des délégations encore en attente ?</translation>
    </message>
    <message>
        <source>Lots drawn: seed %1 (in the log; the same seed gives the same order)</source>
        <translation>Tirage au sort effectué : graine %1 (dans le journal ; la même graine donne le même ordre)</translation>
    </message>
    <message>
        <source>pasted list</source>
        <translation>liste collée</translation>
    </message>
    <message>
        <source>Start a segment with a floor first: the list is added to it</source>
        <translation>Démarrez d&apos;abord un segment avec une liste de délégations : la liste y est ajoutée</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) added to the floor</source>
        <translation>
            <numerusform>%n délégation ajoutée à la liste</numerusform>
            <numerusform>%n délégations ajoutées à la liste</numerusform>
        </translation>
    </message>
    <message>
        <source>Add speakers&apos; list</source>
        <translation>Ajouter une liste d&apos;orateurs</translation>
    </message>
    <message>
        <source>Lists of speakers (*.csv *.txt)</source>
        <translation>Listes d&apos;orateurs (*.csv *.txt)</translation>
    </message>
    <message>
        <source>A delegation a line (a code or a name), or CSV: delegation, category, speaker</source>
        <translation>Une délégation par ligne (un code ou un nom), ou CSV : délégation, catégorie, orateur</translation>
    </message>
    <message>
        <source>Paste speakers&apos; list</source>
        <translation>Coller une liste d&apos;orateurs</translation>
    </message>
    <message>
        <source>End the day? What has not run stays not started.</source>
        <translation>Clore la journée ? Ce qui n&apos;a pas eu lieu reste non commencé.</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Note enregistrée</translation>
    </message>
    <message>
        <source>✓ on the chair&apos;s screen</source>
        <translation>✓ sur l&apos;écran de la présidence</translation>
    </message>
    <message>
        <source>No upcoming segment to hold</source>
        <translation>Aucune séquence à venir à retenir</translation>
    </message>
    <message>
        <source>⌨ Typing · Esc gives the keys back</source>
        <translation>⌨ Saisie · Échap rend les touches</translation>
    </message>
    <message>
        <source>Keys: console</source>
        <translation>Touches : console</translation>
    </message>
    <message>
        <source>Letters you type go into the box; Escape or a click on the rundown gives them back to the console</source>
        <translation>Ce que vous tapez va dans la case ; Échap ou un clic sur le déroulé rend les touches à la console</translation>
    </message>
    <message>
        <source>Single keys act on the day: Space, S, N, M, A, P, +, −…; a text box takes them once you type in it</source>
        <translation>Les touches seules agissent sur la journée : Espace, S, N, M, A, P, +, −… ; une case de texte les prend dès que vous y tapez</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>This computer slept for %1; the clocks counted through it.</source>
        <translation>Cet ordinateur a été en veille pendant %1 ; les horloges ont continué de compter.</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>Journée terminée</translation>
    </message>
    <message>
        <source>Ready · Space starts</source>
        <translation>Prêt · Espace pour lancer</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>La journée est terminée</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2 — %3</source>
        <translation>Ensuite ≈ %1 : %2 — %3</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2</source>
        <translation>Ensuite ≈ %1 : %2</translation>
    </message>
    <message>
        <source>%1 %2 here</source>
        <translation>%1 %2 ici</translation>
    </message>
    <message>
        <source>Message to the chair (M, Enter sends; empty clears)</source>
        <translation>Message à la présidence (M ; Entrée envoie ; vide efface)</translation>
    </message>
    <message>
        <source>Shown in large type on the chair&apos;s screen</source>
        <translation>Affiché en grands caractères sur l&apos;écran de la présidence</translation>
    </message>
    <message>
        <source>&apos;to&apos; must be a place in the list: 1, 2, …</source>
        <translation>« to » doit être une place dans la liste : 1, 2, …</translation>
    </message>
    <message>
        <source>H holds a segment back from starting by itself, which happens only on auto-start days; today every segment starts when you press Space</source>
        <translation>H empêche une séquence de démarrer seule, ce qui n&apos;arrive que les jours à démarrage automatique ; aujourd&apos;hui, chaque séquence commence quand vous appuyez sur Espace</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is held: it starts when you press Space (H lets it start by itself)</source>
        <translation>« %1 » est retenue : elle commencera quand vous appuierez sur Espace (H la laisse démarrer seule)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is released: it starts by itself at %2</source>
        <translation>« %1 » est libérée : elle démarrera seule à %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a programme — %1</source>
        <translation>Importer un programme — %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD: the date, or the one day to keep</source>
        <translation>AAAA-MM-JJ : la date, ou la seule journée à garder</translation>
    </message>
    <message>
        <source>e.g. America/New_York, where the source names none</source>
        <translation>p. ex. America/New_York, si la source n&apos;en indique pas</translation>
    </message>
    <message>
        <source>the room to keep, where there are several</source>
        <translation>la salle à garder, s&apos;il y en a plusieurs</translation>
    </message>
    <message>
        <source>the agenda&apos;s title (default: the source&apos;s)</source>
        <translation>le titre du programme (par défaut : celui de la source)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>Prévisualiser à nouveau</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Guessed or cut</source>
        <translation>Déduit ou coupé</translation>
    </message>
    <message>
        <source>Left out, cut and guessed</source>
        <translation>Laissé de côté, coupé et déduit</translation>
    </message>
    <message>
        <source>Save and open…</source>
        <translation>Enregistrer et ouvrir…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write YYYY-MM-DD</source>
        <translation>« %1 » n&apos;est pas une date ; écrivez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>the Time zone above</source>
        <translation>le Fuseau horaire ci-dessus</translation>
    </message>
    <message>
        <source>the Date above</source>
        <translation>la Date ci-dessus</translation>
    </message>
    <message>
        <source>the Room above</source>
        <translation>la Salle ci-dessus</translation>
    </message>
    <message>
        <source>%1: %2 days, %3 segments, in %4</source>
        <translation>%1 : %2 journée(s), %3 séquence(s), en %4</translation>
    </message>
    <message>
        <source>%1 %2 guessed: check them before the meeting</source>
        <translation>%1 %2 déduit(s) : vérifiez-les avant la réunion</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n</source>
        <translation>
            <numerusform>Laissé de côté : %n</numerusform>
            <numerusform>Laissés de côté : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut to fit: %n</source>
        <translation>
            <numerusform>Coupé pour tenir : %n</numerusform>
            <numerusform>Coupés pour tenir : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Guessed: %n</source>
        <translation>
            <numerusform>Déduit : %n</numerusform>
            <numerusform>Déduits : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the agenda as</source>
        <translation>Enregistrer le programme sous</translation>
    </message>
    <message>
        <source>Agenda (%1)</source>
        <translation>Programme (%1)</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>Programmes (%1)</source>
        <translation>Programmes (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Tous les fichiers (%1)</translation>
    </message>
    <message>
        <source>Import a programme</source>
        <translation>Importer un programme</translation>
    </message>
</context>
<context>
    <name>InsertBar</name>
    <message>
        <source>Title of the segment to insert</source>
        <translation>Titre de la séquence à insérer</translation>
    </message>
    <message>
        <source>Length (5m)</source>
        <translation>Durée (5m)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Intermission</source>
        <translation>Entracte</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Speakers (names, commas between)</source>
        <translation>Orateurs (noms séparés par des virgules)</translation>
    </message>
    <message>
        <source>Each (3m)</source>
        <translation>Chacun (3m)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Fixed start (HH:MM)</source>
        <translation>Début fixe (HH:MM)</translation>
    </message>
    <message>
        <source>Insert next:</source>
        <translation>Insérer ensuite :</translation>
    </message>
    <message>
        <source>Enter adds · Esc cancels</source>
        <translation>Entrée ajoute · Échap annule</translation>
    </message>
    <message>
        <source>Title to insert</source>
        <translation>Titre à insérer</translation>
    </message>
    <message>
        <source>The title of the segment to insert next</source>
        <translation>Le titre de la séquence à insérer ensuite</translation>
    </message>
    <message>
        <source>Length to insert</source>
        <translation>Durée à insérer</translation>
    </message>
    <message>
        <source>Its length, as 5m or 1h10m; Enter inserts</source>
        <translation>Sa durée, comme 5m ou 1h10m ; Entrée insère</translation>
    </message>
    <message>
        <source>Kind to insert</source>
        <translation>Type à insérer</translation>
    </message>
    <message>
        <source>A segment, an intermission or a break</source>
        <translation>Un segment, un entracte ou une pause</translation>
    </message>
    <message>
        <source>Speakers to insert</source>
        <translation>Orateurs à insérer</translation>
    </message>
    <message>
        <source>A speakers&apos; list: names, commas between</source>
        <translation>Une liste des orateurs : noms séparés par des virgules</translation>
    </message>
    <message>
        <source>Limit for each speaker</source>
        <translation>Limite pour chaque orateur</translation>
    </message>
    <message>
        <source>Each speaker&apos;s time, as 3m or 2m30s</source>
        <translation>Le temps de parole de chaque orateur, comme 3m ou 2m30s</translation>
    </message>
    <message>
        <source>Notes to insert</source>
        <translation>Notes à insérer</translation>
    </message>
    <message>
        <source>Notes for the host, shown with the segment</source>
        <translation>Notes pour l’animateur, affichées avec le segment</translation>
    </message>
    <message>
        <source>Fixed start to insert</source>
        <translation>Début fixe à insérer</translation>
    </message>
    <message>
        <source>HH:MM: it never starts before then</source>
        <translation>HH:MM : il ne commence jamais avant</translation>
    </message>
</context>
<context>
    <name>LogTroubleBar</name>
    <message>
        <source>THE TIMING LOG CANNOT BE WRITTEN (%1): your last action is not applied yet. The clock keeps counting; the screens show the day as the log has it. Free space on the log&apos;s disk: the action is written, at the time you took it, as soon as it can be (tried every %2 s).</source>
        <translation>LE JOURNAL DE MINUTAGE NE PEUT ÊTRE ÉCRIT (%1) : votre dernière action n&apos;est pas encore appliquée. L&apos;horloge continue de compter ; les écrans montrent la journée telle que le journal la contient. Libérez de l&apos;espace sur son disque : l&apos;action sera inscrite, à l&apos;heure où vous l&apos;avez faite, dès que possible (nouvel essai toutes les %2 s).</translation>
    </message>
    <message>
        <source>The timing log is written again: the %1 events that waited are on disk and shown.</source>
        <translation>Le journal de minutage est de nouveau écrit : les %1 événements en attente sont enregistrés et affichés.</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Put these notices away (the status bar keeps them)</source>
        <translation>Masquer ces avis (la barre d’état les garde)</translation>
    </message>
    <message>
        <source>Dismiss the notices</source>
        <translation>Fermer les avis</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>Session Runner — rooms at %1</source>
        <translation>Session Runner — salles sur %1</translation>
    </message>
    <message>
        <source>Waiting for rooms at %1…</source>
        <translation>En attente des salles sur %1…</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Courtier</translation>
    </message>
</context>
<context>
    <name>PublishControl</name>
    <message>
        <source>Publish to a broker…</source>
        <translation>Publier vers un courtier…</translation>
    </message>
    <message>
        <source>Send this room&apos;s state to an MQTT broker, for the overview and remote views</source>
        <translation>Envoyer l&apos;état de cette salle à un courtier MQTT, pour la vue d&apos;ensemble et les vues à distance</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Arrêter la publication</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Courtier</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <source>Not publishing: the broker remembered for this agenda (%1, room “%2”) was for another timing log. Session → Publish to a broker… publishes this one.</source>
        <translation>Pas de publication : le courtier retenu pour cet ordre du jour (%1, salle « %2 ») l’était pour un autre journal de minutage. Séance → Publier vers un courtier… publie celui-ci.</translation>
    </message>
    <message>
        <source>Not publishing yet: %1 wants a password. Session → Publish to a broker… asks for it.</source>
        <translation>Pas encore de publication : %1 demande un mot de passe. Séance → Publier vers un courtier… le demande.</translation>
    </message>
    <message>
        <source>Publishing as room “%1” (this agenda&apos;s own) to %2; room “%3” is offline now</source>
        <translation>Publication en tant que salle « %1 » (celle de cet ordre du jour) vers %2 ; la salle « %3 » est maintenant hors ligne</translation>
    </message>
    <message>
        <source>Publishing as room “%1” to %2, as remembered for this agenda</source>
        <translation>Publication en tant que salle « %1 » vers %2, comme retenu pour cet ordre du jour</translation>
    </message>
    <message>
        <source>Publishing as room “%1” to %2</source>
        <translation>Publication en tant que salle « %1 » vers %2</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to a broker</source>
        <translation>Publier vers un courtier</translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation>Adresse du courtier</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <source>Rehearsal at %1×</source>
        <translation>Répétition à %1×</translation>
    </message>
    <message>
        <source>%1: a second is %2 s of the programme; log %3</source>
        <translation>%1 : une seconde vaut %2 s du programme ; journal %3</translation>
    </message>
    <message>
        <source>Rehearse… (60×)</source>
        <translation>Répéter… (60×)</translation>
    </message>
    <message>
        <source>Run this day in its own windows at 60× (a second is a minute), with its own log</source>
        <translation>Dérouler cette journée dans ses propres fenêtres à 60× (une seconde vaut une minute), avec son propre journal</translation>
    </message>
</context>
<context>
    <name>RoomTileWidget</name>
    <message>
        <source>last known</source>
        <translation>dernier état connu</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>HORS LIGNE</translation>
    </message>
    <message>
        <source>NO SIGNAL</source>
        <translation>PAS DE SIGNAL</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>Journée terminée</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>La journée est terminée</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>En attente du début</translation>
    </message>
</context>
<context>
    <name>RundownEditor</name>
    <message>
        <source>Insert segment…</source>
        <translation>Insérer une séquence…</translation>
    </message>
    <message>
        <source>Add a segment after the running one: its title, Tab, its length, Enter</source>
        <translation>Ajouter une séquence après celle en cours : son titre, Tab, sa durée, Entrée</translation>
    </message>
    <message>
        <source>Accept recovery plan</source>
        <translation>Accepter le plan de rattrapage</translation>
    </message>
    <message>
        <source>Make the cuts the recovery plan proposes to hold the hard stop</source>
        <translation>Appliquer les réductions que propose le plan pour tenir la fin impérative</translation>
    </message>
    <message>
        <source>Set recovery plan aside</source>
        <translation>Écarter le plan de rattrapage</translation>
    </message>
    <message>
        <source>Not now: a new plan is offered only when it changes</source>
        <translation>Pas maintenant : un nouveau plan n’est proposé que s’il change</translation>
    </message>
    <message>
        <source>Change length…</source>
        <translation>Changer la durée…</translation>
    </message>
    <message>
        <source>Change the planned length of the selected segment (not yet started)</source>
        <translation>Changer la durée prévue de la séquence sélectionnée (pas encore commencée)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename the selected segment (not yet started)</source>
        <translation>Renommer la séquence sélectionnée (pas encore commencée)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected segment one place earlier (among those to come)</source>
        <translation>Avancer la séquence sélectionnée d&apos;une place (parmi celles à venir)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected segment one place later</source>
        <translation>Reculer la séquence sélectionnée d&apos;une place</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected segment from the day (not yet started)</source>
        <translation>Retirer la séquence sélectionnée de la journée (pas encore commencée)</translation>
    </message>
    <message>
        <source>Speakers&apos; limit…</source>
        <translation>Limite des orateurs…</translation>
    </message>
    <message>
        <source>Give the selected segment&apos;s waiting speakers a limit, or drop it</source>
        <translation>Donner une limite aux orateurs en attente de la séquence sélectionnée, ou la supprimer</translation>
    </message>
    <message>
        <source>Save rundown as…</source>
        <translation>Enregistrer le déroulé sous…</translation>
    </message>
    <message>
        <source>Write the day as changed to an agenda file</source>
        <translation>Écrire la journée modifiée dans un fichier d&apos;ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Rundown</source>
        <translation>&amp;Déroulé</translation>
    </message>
    <message>
        <source>Inserted &apos;%1&apos; (%2); it runs next</source>
        <translation>« %1 » inséré (%2) ; il passe ensuite</translation>
    </message>
    <message>
        <source>Inserted &apos;%1&apos; (%2) to start at %3</source>
        <translation>« %1 » inséré (%2) pour commencer à %3</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the day?</source>
        <translation>Retirer « %1 » de la journée ?</translation>
    </message>
    <message>
        <source>⚠ %1  Ctrl+R accepts · Ctrl+D sets it aside.</source>
        <translation>⚠ %1  Ctrl+R l’accepte · Ctrl+D l’écarte.</translation>
    </message>
    <message>
        <source>No recovery plan on offer: the day ends by its hard stop</source>
        <translation>Aucun plan de rattrapage proposé : la journée finit dans sa fin impérative</translation>
    </message>
    <message>
        <source>✓ Plan %1 accepted at %2: %3.</source>
        <translation>✓ Plan %1 accepté à %2 : %3.</translation>
    </message>
    <message>
        <source>No recovery plan on offer</source>
        <translation>Aucun plan de rattrapage proposé</translation>
    </message>
    <message>
        <source>Recovery plan %1 set aside; a new one is offered when the plan changes</source>
        <translation>Plan de rattrapage %1 écarté ; un nouveau sera proposé quand le plan changera</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved the rundown as changed to %1</source>
        <translation>Déroulé modifié enregistré dans %1</translation>
    </message>
    <message>
        <source>Select a segment in the rundown first</source>
        <translation>Sélectionnez d&apos;abord une séquence dans le déroulé</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>Changer la durée</translation>
    </message>
    <message>
        <source>Planned length (5m, 1h10m):</source>
        <translation>Durée prévue (5m, 1h10m) :</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Speakers&apos; limit</source>
        <translation>Limite des orateurs</translation>
    </message>
    <message>
        <source>Limit per speaker (2m30s; empty: none):</source>
        <translation>Limite par orateur (2m30s ; vide : aucune) :</translation>
    </message>
    <message>
        <source>Save rundown as</source>
        <translation>Enregistrer le déroulé sous</translation>
    </message>
    <message>
        <source>Agenda files (*.yaml *.yml)</source>
        <translation>Fichiers d&apos;ordre du jour (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>Plan de rattrapage</translation>
    </message>
    <message>
        <source>How to hold the hard stop; Ctrl+R accepts it</source>
        <translation>Comment tenir la fin impérative ; Ctrl+R l&apos;accepte</translation>
    </message>
</context>
<context>
    <name>RundownModel</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Speaker(s)</source>
        <translation>Orateur(s)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Planned start in the agenda&apos;s zone</source>
        <translation>Début prévu, dans le fuseau horaire du programme</translation>
    </message>
    <message>
        <source>When it actually started; &apos;≈&apos; marks a projected start for what is still to come</source>
        <translation>Début effectif ; « ≈ » marque un début estimé pour ce qui reste à venir</translation>
    </message>
    <message>
        <source>Segment title (hover for its group and notes)</source>
        <translation>Titre de la séquence (survolez pour voir son groupe et ses notes)</translation>
    </message>
    <message>
        <source>Speaker or speakers&apos; list</source>
        <translation>Orateur ou liste des orateurs</translation>
    </message>
    <message>
        <source>Planned length (with any minutes added or removed)</source>
        <translation>Durée prévue (minutes ajoutées ou retirées comprises)</translation>
    </message>
    <message>
        <source>Actual length; live for the running segment</source>
        <translation>Durée effective ; en direct pour la séquence en cours</translation>
    </message>
    <message>
        <source>done, running, paused, next, skipped</source>
        <translation>terminé, en cours, en pause, suivant, passé</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>overtime</source>
        <translation>dépassement</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>next</source>
        <translation>suivant</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passé</translation>
    </message>
</context>
<context>
    <name>ShareViewsDialog</name>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Stage (OBS)</source>
        <translation>Scène (OBS)</translation>
    </message>
    <message>
        <source>Control API</source>
        <translation>API de commande</translation>
    </message>
    <message>
        <source>Share live views</source>
        <translation>Partager les vues en direct</translation>
    </message>
    <message>
        <source>Serve the chair&apos;s, the speakers&apos; and the stage&apos;s views to browsers on other machines. 127.0.0.1 serves this computer only; 0.0.0.0 serves the whole local network.</source>
        <translation>Diffuser les vues de la présidence, des orateurs et de la scène vers les navigateurs d&apos;autres machines. 127.0.0.1 ne sert que cet ordinateur ; 0.0.0.0 sert tout le réseau local.</translation>
    </message>
    <message>
        <source>Address (HOST:PORT)</source>
        <translation>Adresse (HÔTE:PORT)</translation>
    </message>
    <message>
        <source>Also offer the control API (Companion, Stream Deck), with its own link</source>
        <translation>Offrir aussi l&apos;API de commande (Companion, Stream Deck), avec son propre lien</translation>
    </message>
    <message>
        <source>Start serving</source>
        <translation>Lancer la diffusion</translation>
    </message>
    <message>
        <source>Each link opens its own view only: send each to those it is for.</source>
        <translation>Chaque lien n&apos;ouvre que sa propre vue : envoyez chacun à ceux à qui il est destiné.</translation>
    </message>
    <message>
        <source>New links (the old ones stop working)</source>
        <translation>Nouveaux liens (les anciens cessent de fonctionner)</translation>
    </message>
    <message>
        <source>The host&apos;s language (follows View → Language)</source>
        <translation>La langue de la régie (suit Affichage → Langue)</translation>
    </message>
    <message>
        <source>Pages in</source>
        <translation>Pages en</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>Lien copié : %1</translation>
    </message>
    <message>
        <source>Make new links? Everyone with an old link loses the view until sent a new one.</source>
        <translation>Créer de nouveaux liens ? Toute personne disposant d&apos;un ancien lien perd la vue jusqu&apos;à ce qu&apos;on lui en envoie un nouveau.</translation>
    </message>
</context>
<context>
    <name>SpeakerLine</name>
    <message>
        <source>Point of order</source>
        <translation>Motion d&apos;ordre</translation>
    </message>
    <message>
        <source>Now: %1 %2 left</source>
        <translation>En cours : %1, reste %2</translation>
    </message>
    <message>
        <source>Now: %1 over by %2</source>
        <translation>En cours : %1, dépassement de %2</translation>
    </message>
    <message>
        <source>Now: %1 %2</source>
        <translation>En cours : %1 %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Replies: %1</source>
        <translation>Droits de réponse : %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Parlé</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>a la parole</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>a parlé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passé</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observateur</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — reply %2</source>
        <translation>%1 — réponse %2</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>No speaker</source>
        <translation>Aucun orateur</translation>
    </message>
    <message>
        <source>Add a speaker (Enter)…</source>
        <translation>Ajouter un orateur (Entrée)…</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>Optional speaking time: 90s, 3m, 2:00 … (default: the segment&apos;s)</source>
        <translation>Temps de parole facultatif : 90s, 3m, 2:00… (par défaut : celui de la séquence)</translation>
    </message>
    <message>
        <source>Move the selected speaker up (or drag it)</source>
        <translation>Avancer l&apos;orateur sélectionné (ou le faire glisser)</translation>
    </message>
    <message>
        <source>Move the selected speaker down (or drag it)</source>
        <translation>Reculer l&apos;orateur sélectionné (ou le faire glisser)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip the selected speaker (again to bring back)</source>
        <translation>Passer l&apos;orateur sélectionné (à nouveau pour le rétablir)</translation>
    </message>
    <message>
        <source>Strike the selected delegation (or speaker) still waiting from the list</source>
        <translation>Rayer de la liste la délégation (ou l&apos;orateur) sélectionnée encore en attente</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Motion d&apos;ordre</translation>
    </message>
    <message>
        <source>Speaking:</source>
        <translation>Orateur :</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Ensuite :</translation>
    </message>
    <message>
        <source>No speakers&apos; list: add a name below.</source>
        <translation>Pas de liste des orateurs : ajoutez un nom ci-dessous.</translation>
    </message>
    <message>
        <source>Add a delegation: a code or a name (Enter)…</source>
        <translation>Ajouter une délégation : un code ou un nom (Entrée)…</translation>
    </message>
    <message>
        <source>Select a delegation in the speakers&apos; list first</source>
        <translation>Sélectionnez d&apos;abord une délégation dans la liste des orateurs</translation>
    </message>
    <message>
        <source>Select a speaker to move first</source>
        <translation>Sélectionnez d&apos;abord l&apos;orateur à déplacer</translation>
    </message>
</context>
<context>
    <name>mqtt</name>
    <message>
        <source>connecting to %1…</source>
        <translation>connexion à %1…</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>connecté à %1</translation>
    </message>
    <message>
        <source>%2 — retrying</source>
        <translation>%2 — nouvelle tentative</translation>
    </message>
    <message>
        <source>%2 — check the user and password</source>
        <translation>%2 — vérifiez l&apos;utilisateur et le mot de passe</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>the broker</source>
        <translation>le courtier</translation>
    </message>
</context>
</TS>
