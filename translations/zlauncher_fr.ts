<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConfigurationKeeper</name>
    <message>
        <location filename="../src/core/configurationkeeper.cpp" line="70"/>
        <source>there is no configuration file to save to; use Save as</source>
        <translation>aucun fichier de configuration où enregistrer&#xa0;; utilisez Enregistrer sous</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="52"/>
        <source>state</source>
        <comment>event kind</comment>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="54"/>
        <source>exit</source>
        <comment>event kind</comment>
        <translation>sortie</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="56"/>
        <source>heartbeat</source>
        <comment>event kind</comment>
        <translation>battement</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="58"/>
        <source>stop</source>
        <comment>event kind</comment>
        <translation>arrêt</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="60"/>
        <source>error</source>
        <comment>event kind</comment>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="62"/>
        <source>protocol</source>
        <comment>event kind</comment>
        <translation>protocole</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="127"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="129"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="131"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="133"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="162"/>
        <source>The launcher itself</source>
        <translation>Le lanceur lui-même</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="282"/>
        <source>Cannot write file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EventPublisher</name>
    <message>
        <location filename="../src/core/eventpublisher.cpp" line="26"/>
        <source>cannot publish events on %1: %2</source>
        <translation>impossible de publier les événements sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HeartbeatBus</name>
    <message>
        <location filename="../src/core/heartbeatbus.cpp" line="37"/>
        <source>cannot listen for heartbeats on %1: %2</source>
        <translation>impossible d&apos;écouter les battements de cœur sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>InstanceState</name>
    <message>
        <location filename="../src/core/instancestate.cpp" line="24"/>
        <source>Cannot read file %1: %2</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/instancestate.cpp" line="32"/>
        <source>%1 is not a valid record of running programs: %2</source>
        <translation>%1 n&apos;est pas un relevé valide des programmes en marche&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/instancestate.cpp" line="74"/>
        <source>Cannot write file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="6"/>
        <location filename="../src/gui/mainwindow.cpp" line="396"/>
        <source>zlauncher</source>
        <translation>zlauncher</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="25"/>
        <source>Filter programs by name, state, status or command (Ctrl+F)</source>
        <translation>Filtrer les programmes par nom, état, statut ou commande (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="54"/>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Événements&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="59"/>
        <source>Show the events of one program only</source>
        <translation>Afficher les événements d&apos;un seul programme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="65"/>
        <source>Kinds</source>
        <translation>Types</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="66"/>
        <source>Choose which kinds of events are shown</source>
        <translation>Choisir les types d&apos;événements affichés</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="72"/>
        <source>Heartbeats</source>
        <translation>Battements</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="73"/>
        <source>Show every heartbeat in the log (Ctrl+H)</source>
        <translation>Afficher chaque battement de cœur dans le journal (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="78"/>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="79"/>
        <source>Keep the newest event in view; scrolling up pauses it</source>
        <translation>Garder le dernier événement visible&#xa0;; remonter dans la liste met le suivi en pause</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="90"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="91"/>
        <source>Clear the event log</source>
        <translation>Effacer le journal des événements</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="97"/>
        <source>Save log as…</source>
        <translation>Enregistrer le journal sous…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="98"/>
        <source>Save the whole event log as text or CSV</source>
        <translation>Enregistrer tout le journal des événements en texte ou en CSV</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="123"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="132"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="138"/>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="156"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="158"/>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="165"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="175"/>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="194"/>
        <source>&amp;Open configuration…</source>
        <translation>&amp;Ouvrir une configuration…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="195"/>
        <source>Open another configuration file</source>
        <translation>Ouvrir un autre fichier de configuration</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="196"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="199"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="200"/>
        <source>Save the configuration (changes are also saved as they are made)</source>
        <translation>Enregistrer la configuration (les modifications sont aussi enregistrées au fur et à mesure)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="201"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="204"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="205"/>
        <source>Save the configuration to another file and use that file from now on</source>
        <translation>Enregistrer la configuration dans un autre fichier et utiliser désormais ce fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="206"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="209"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="210"/>
        <source>Quit, stopping the running programs first</source>
        <translation>Quitter, après avoir arrêté les programmes en marche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="211"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="214"/>
        <source>Quit and &amp;leave programs running</source>
        <translation>Quitter en &amp;laissant les programmes en marche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="215"/>
        <source>Quit at once; the programs keep running without supervision</source>
        <translation>Quitter immédiatement&#xa0;; les programmes continuent de tourner sans supervision</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="216"/>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="219"/>
        <location filename="../src/gui/mainwindow.cpp" line="364"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="220"/>
        <source>Undo the last removal</source>
        <translation>Annuler la dernière suppression</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="221"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="224"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="225"/>
        <source>Add a program</source>
        <translation>Ajouter un programme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="226"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="229"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="230"/>
        <source>Edit the selected program</source>
        <translation>Modifier le programme sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="231"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="234"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="235"/>
        <source>Remove the selected programs</source>
        <translation>Supprimer les programmes sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="236"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="239"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="240"/>
        <source>Start the selected programs</source>
        <translation>Démarrer les programmes sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="241"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="244"/>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="245"/>
        <source>Stop the selected programs: stop request, then SIGTERM, then SIGKILL at the grace</source>
        <translation>Arrêter les programmes sélectionnés&#xa0;: requête d&apos;arrêt, puis SIGTERM, puis SIGKILL à la fin du délai de grâce</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="246"/>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="249"/>
        <source>Rest&amp;art</source>
        <translation>R&amp;edémarrer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="250"/>
        <source>Stop the selected programs, then start them again</source>
        <translation>Arrêter les programmes sélectionnés, puis les redémarrer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="251"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="254"/>
        <source>&amp;Kill</source>
        <translation>T&amp;uer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="255"/>
        <source>Kill the selected programs and their children now (SIGKILL)</source>
        <translation>Tuer immédiatement les programmes sélectionnés et leurs processus enfants (SIGKILL)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="256"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="259"/>
        <source>Retry &amp;now</source>
        <translation>Réessayer mai&amp;ntenant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="260"/>
        <source>Restart a program waiting in backoff, or given up, right now</source>
        <translation>Redémarrer tout de suite un programme en attente de redémarrage ou abandonné</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="261"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="264"/>
        <source>Start a&amp;ll</source>
        <translation>&amp;Tout démarrer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="265"/>
        <source>Start every program</source>
        <translation>Démarrer tous les programmes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="266"/>
        <source>Ctrl+F5</source>
        <translation>Ctrl+F5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="269"/>
        <source>Sto&amp;p all</source>
        <translation>T&amp;out arrêter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="274"/>
        <source>Open log &amp;file</source>
        <translation>Ouvrir le fichier &amp;journal</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation type="vanished">T&amp;out arrêter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="270"/>
        <source>Stop every program</source>
        <translation>Arrêter tous les programmes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="271"/>
        <source>Ctrl+Shift+F5</source>
        <translation>Ctrl+Shift+F5</translation>
    </message>
    <message>
        <source>Open &amp;log file</source>
        <translation type="vanished">Ouvrir le fichier &amp;journal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="275"/>
        <source>Open the file the program&apos;s output is written to</source>
        <translation>Ouvrir le fichier où est écrite la sortie du programme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="276"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="279"/>
        <source>&amp;Copy command line</source>
        <translation>&amp;Copier la ligne de commande</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="280"/>
        <source>Copy the selected programs&apos; command lines</source>
        <translation>Copier les lignes de commande des programmes sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="281"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="285"/>
        <source>Show &amp;heartbeats in the log</source>
        <translation>Afficher les &amp;battements dans le journal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="286"/>
        <source>Show every heartbeat in the event log</source>
        <translation>Afficher chaque battement de cœur dans le journal des événements</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="287"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="290"/>
        <source>&amp;Find program</source>
        <translation>&amp;Rechercher un programme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="291"/>
        <source>Filter the table by name, status or command</source>
        <translation>Filtrer le tableau par nom, statut ou commande</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="292"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="295"/>
        <source>&amp;About zlauncher</source>
        <translation>À &amp;propos de zlauncher</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="296"/>
        <source>About zlauncher and its protocol</source>
        <translation>À propos de zlauncher et de son protocole</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="63"/>
        <source>Heartbeats received per second, and malformed messages dropped</source>
        <translation>Battements de cœur reçus par seconde, et messages malformés rejetés</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="81"/>
        <location filename="../src/gui/mainwindow.cpp" line="596"/>
        <location filename="../src/gui/mainwindow.cpp" line="612"/>
        <source>The configuration was not saved</source>
        <translation>La configuration n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="202"/>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="231"/>
        <source>State changes</source>
        <translation>Changements d&apos;état</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="231"/>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="232"/>
        <source>Stops and kills</source>
        <translation>Arrêts et arrêts forcés</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="232"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="233"/>
        <source>Protocol problems</source>
        <translation>Problèmes de protocole</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="365"/>
        <source>&amp;Undo removal of %1</source>
        <translation>&amp;Annuler la suppression de %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="377"/>
        <source>%1: %2</source>
        <comment>state: number of programs</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="381"/>
        <source>No programs: add one with Program ▸ Add… (Ctrl+N)</source>
        <translation>Aucun programme&#xa0;: ajoutez-en un avec Programme ▸ Ajouter… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="387"/>
        <source>%1 heartbeats/s · %2 dropped</source>
        <translation>%1 battements/s · %2 rejetés</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="388"/>
        <source>%1 heartbeats/s</source>
        <translation>%1 battements/s</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="397"/>
        <source>%1 — zlauncher</source>
        <translation>%1 — zlauncher</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="450"/>
        <source>The program was not added</source>
        <translation>Le programme n&apos;a pas été ajouté</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="456"/>
        <source>Added %1</source>
        <translation>Ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="476"/>
        <source>The changes were not applied</source>
        <translation>Les modifications n&apos;ont pas été appliquées</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="480"/>
        <source>%1 changed; the changes apply at its next start</source>
        <translation>%1 modifié&#xa0;; les modifications prendront effet à son prochain démarrage</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="481"/>
        <source>%1 changed</source>
        <translation>%1 modifié</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="497"/>
        <source>Remove programs</source>
        <translation>Supprimer des programmes</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="504"/>
        <source>Remove %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="505"/>
        <source>Edit ▸ Undo brings it back until zlauncher closes.</source>
        <translation>Édition ▸ Annuler permet de revenir en arrière tant que zlauncher reste ouvert.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="506"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="509"/>
        <source>%1 running. Remove %2?</source>
        <translation>En marche&#xa0;: %1. Supprimer %2&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="511"/>
        <source>Stop the running programs first, or leave them running without supervision.</source>
        <translation>Arrêtez d&apos;abord les programmes en marche, ou laissez-les tourner sans supervision.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="512"/>
        <source>Stop and remove</source>
        <translation>Arrêter et supprimer</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="513"/>
        <source>Leave running and remove</source>
        <translation>Laisser tourner et supprimer</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="540"/>
        <source>%1 could not be restored</source>
        <translation>Impossible de rétablir %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="551"/>
        <source>The log file was not opened</source>
        <translation>Le fichier journal n&apos;a pas été ouvert</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="552"/>
        <source>No application could open %1.</source>
        <translation>Aucune application n&apos;a pu ouvrir %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="566"/>
        <source>Copied %n command line(s)</source>
        <translation>
            <numerusform>%n ligne de commande copiée</numerusform>
            <numerusform>%n lignes de commande copiées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="572"/>
        <source>Programs are running</source>
        <translation>Des programmes sont en marche</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="573"/>
        <source>Stop every program (Program ▸ Stop all) before opening another configuration.</source>
        <translation>Arrêtez tous les programmes (Programme ▸ Tout arrêter) avant d&apos;ouvrir une autre configuration.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="578"/>
        <source>Open configuration</source>
        <translation>Ouvrir une configuration</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="579"/>
        <location filename="../src/gui/mainwindow.cpp" line="606"/>
        <source>zlauncher configuration (*.json);;All files (*)</source>
        <translation>Configuration zlauncher (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="599"/>
        <location filename="../src/gui/mainwindow.cpp" line="616"/>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="605"/>
        <source>Save configuration as</source>
        <translation>Enregistrer la configuration sous</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="622"/>
        <source>Save log as</source>
        <translation>Enregistrer le journal sous</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="623"/>
        <source>Text (*.txt);;CSV (*.csv)</source>
        <translation>Texte (*.txt);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="632"/>
        <source>The log was not saved</source>
        <translation>Le journal n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="644"/>
        <source>The file was kept as %1 and a new, empty configuration was started.</source>
        <translation>Le fichier a été conservé sous le nom %1 et une nouvelle configuration vide a été créée.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="647"/>
        <source>The configuration could not be used</source>
        <translation>La configuration n&apos;a pas pu être utilisée</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="662"/>
        <source>About zlauncher</source>
        <translation>À propos de zlauncher</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="663"/>
        <source>&lt;h3&gt;zlauncher %1&lt;/h3&gt;&lt;p&gt;Launches programs, watches them over ZeroMQ, restarts them when they die or hang, and stops them cleanly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Protocol&lt;/b&gt; (all endpoints in the private runtime directory %2):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Heartbeats: a PUB connected to &lt;tt&gt;$ZLAUNCHER_HEARTBEAT&lt;/tt&gt; sends &lt;tt&gt;ZLHB1&lt;/tt&gt;, name, pid, sequence and an optional status, every &lt;tt&gt;$ZLAUNCHER_INTERVAL_MS&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Control: a REP bound to &lt;tt&gt;$ZLAUNCHER_CONTROL&lt;/tt&gt; answers &lt;tt&gt;stop&lt;/tt&gt; with &lt;tt&gt;ok&lt;/tt&gt; and &lt;tt&gt;ping&lt;/tt&gt; with &lt;tt&gt;pong&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;A program silent past its lost timeout is killed and restarted; one that does not stop within its grace is killed.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;zlauncher %1&lt;/h3&gt;&lt;p&gt;Lance des programmes, les surveille via ZeroMQ, les redémarre quand ils meurent ou se bloquent, et les arrête proprement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Protocole&lt;/b&gt; (tous les points d&apos;accès sont dans le répertoire d&apos;exécution privé %2)&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Battements de cœur&#xa0;: un PUB connecté à &lt;tt&gt;$ZLAUNCHER_HEARTBEAT&lt;/tt&gt; envoie &lt;tt&gt;ZLHB1&lt;/tt&gt;, le nom, le pid, le numéro de séquence et un statut facultatif, toutes les &lt;tt&gt;$ZLAUNCHER_INTERVAL_MS&lt;/tt&gt; ms.&lt;/li&gt;&lt;li&gt;Contrôle&#xa0;: un REP lié à &lt;tt&gt;$ZLAUNCHER_CONTROL&lt;/tt&gt; répond &lt;tt&gt;ok&lt;/tt&gt; à &lt;tt&gt;stop&lt;/tt&gt; et &lt;tt&gt;pong&lt;/tt&gt; à &lt;tt&gt;ping&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Un programme resté silencieux au-delà de son délai de perte est tué et redémarré&#xa0;; un programme qui ne s&apos;arrête pas dans son délai de grâce est tué.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="685"/>
        <source>Quit zlauncher</source>
        <translation>Quitter zlauncher</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="686"/>
        <source>Programs are running. Stop them before quitting?</source>
        <translation>Des programmes sont en marche. Les arrêter avant de quitter&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="689"/>
        <source>Stop all and quit</source>
        <translation>Tout arrêter et quitter</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="691"/>
        <source>Quit and leave running</source>
        <translation>Quitter et les laisser tourner</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="712"/>
        <source>Stopping programs…</source>
        <translation>Arrêt des programmes…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="712"/>
        <source>Kill them now</source>
        <translation>Les tuer maintenant</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="714"/>
        <source>Quitting zlauncher</source>
        <translation>Fermeture de zlauncher</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="724"/>
        <source>Stopping programs… %n left</source>
        <translation>
            <numerusform>Arrêt des programmes… %n restant</numerusform>
            <numerusform>Arrêt des programmes… %n restants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessTableModel</name>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="53"/>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="56"/>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="61"/>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="65"/>
        <source>%1 d %2 h</source>
        <comment>duration</comment>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="71"/>
        <source>%1 s ago</source>
        <comment>heartbeat age</comment>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="74"/>
        <source>%1 ago</source>
        <comment>heartbeat age</comment>
        <translation>il y a %1</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="81"/>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="90"/>
        <source>code %1</source>
        <comment>exit code</comment>
        <translation>code %1</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="95"/>
        <source>unknown</source>
        <comment>exit status</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="101"/>
        <source>Has not exited since the launcher started</source>
        <translation>Ne s&apos;est pas terminé depuis le démarrage du lanceur</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="104"/>
        <source>Exited with code %1</source>
        <translation>Terminé avec le code %1</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="107"/>
        <source>Killed by signal %1 (%2)</source>
        <translation>Tué par le signal %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="111"/>
        <source>Exited; its status is unknown because it was not started by this launcher</source>
        <translation>Terminé&#xa0;; son statut de sortie est inconnu car il n&apos;a pas été lancé par ce lanceur</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>program state</comment>
        <translation type="vanished">Arrêté</translation>
    </message>
    <message>
        <source>Starting</source>
        <comment>program state</comment>
        <translation type="vanished">Démarrage</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>program state</comment>
        <translation type="vanished">En marche</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>program state: alive but silent</comment>
        <translation type="vanished">Perdu</translation>
    </message>
    <message>
        <source>Stopping</source>
        <comment>program state</comment>
        <translation type="vanished">Arrêt en cours</translation>
    </message>
    <message>
        <source>Backoff</source>
        <comment>program state: waiting to restart</comment>
        <translation type="vanished">Attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>program state: gave up restarting</comment>
        <translation type="vanished">En échec</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="140"/>
        <source>Name</source>
        <comment>column: program name</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="142"/>
        <source>State</source>
        <comment>column: program state</comment>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="144"/>
        <source>PID</source>
        <comment>column: process id</comment>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="146"/>
        <source>Uptime</source>
        <comment>column</comment>
        <translation>Actif depuis</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="148"/>
        <source>Last heartbeat</source>
        <comment>column</comment>
        <translation>Dernier battement</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="150"/>
        <source>Restarts</source>
        <comment>column: number of automatic restarts</comment>
        <translation>Redémarrages</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="152"/>
        <source>Exit</source>
        <comment>column: how the last instance ended</comment>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="154"/>
        <source>Status</source>
        <comment>column: text the program reports</comment>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="156"/>
        <source>Command</source>
        <comment>column: command line</comment>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="165"/>
        <source>The program&apos;s name, unique in the configuration</source>
        <translation>Nom du programme, unique dans la configuration</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="167"/>
        <source>Lifecycle state, with the reason or the countdown</source>
        <translation>État du cycle de vie, avec la raison ou le compte à rebours</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="169"/>
        <source>Process id of the live instance</source>
        <translation>Identifiant de processus (PID) de l&apos;instance active</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="171"/>
        <source>Time since the live instance was launched</source>
        <translation>Temps écoulé depuis le lancement de l&apos;instance active</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="173"/>
        <source>Time since the last heartbeat (plain programs send none)</source>
        <translation>Temps écoulé depuis le dernier battement de cœur (les programmes simples n&apos;en envoient pas)</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="175"/>
        <source>Automatic restarts since the launcher started</source>
        <translation>Redémarrages automatiques depuis le démarrage du lanceur</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="177"/>
        <source>How the last instance ended: exit code or signal</source>
        <translation>Comment la dernière instance s&apos;est terminée&#xa0;: code de sortie ou signal</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="179"/>
        <source>Status text sent with the latest heartbeat</source>
        <translation>Texte de statut envoyé avec le dernier battement de cœur</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="181"/>
        <source>Program and arguments as configured</source>
        <translation>Programme et arguments tels que configurés</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="339"/>
        <source>%1
Log: %2</source>
        <translation>%1
Journal&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="344"/>
        <source>Process id %1; signals go to its whole process group</source>
        <translation>PID %1&#xa0;; les signaux sont envoyés à tout son groupe de processus</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="345"/>
        <location filename="../src/gui/processtablemodel.cpp" line="349"/>
        <source>No live instance</source>
        <translation>Aucune instance active</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="348"/>
        <source>Launched %1 ms ago</source>
        <translation>Lancé il y a %1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/processtablemodel.cpp" line="353"/>
        <source>%n automatic restart(s) since the launcher started</source>
        <translation>
            <numerusform>%n redémarrage automatique depuis le démarrage du lanceur</numerusform>
            <numerusform>%n redémarrages automatiques depuis le démarrage du lanceur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="363"/>
        <source>%1
in %2</source>
        <translation>%1
dans %2</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="425"/>
        <source>Backoff (restart in %1 s)</source>
        <translation>Attente (encore %1 s)</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="429"/>
        <source>Stopping (kill in %1 s)</source>
        <translation>Arrêt (tué dans %1 s)</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="432"/>
        <source>%1: %2</source>
        <comment>state: reason</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="436"/>
        <source>%1 (adopted)</source>
        <translation>%1 (adopté)</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="443"/>
        <source>Reason: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="449"/>
        <source>Restart in %1 ms</source>
        <translation>Redémarrage dans %1 ms</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="450"/>
        <source>SIGKILL to the process group in %1 ms unless it exits</source>
        <translation>SIGKILL au groupe de processus dans %1 ms s&apos;il ne s&apos;est pas terminé d&apos;ici là</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="453"/>
        <source>Adopted: found running when the launcher started</source>
        <translation>Adopté&#xa0;: déjà en marche au démarrage du lanceur</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="464"/>
        <source>Plain program: no heartbeats, its process alone tells it is alive</source>
        <translation>Programme simple&#xa0;: pas de battements de cœur, seul son processus indique qu&apos;il est en vie</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="465"/>
        <source>No heartbeat from this instance yet</source>
        <translation>Aucun battement de cœur de cette instance pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="467"/>
        <source>Last heartbeat %1 ms ago, sequence number %2
%3 heartbeats received in all</source>
        <translation>Dernier battement il y a %1 ms, numéro de séquence %2
%3 battements reçus au total</translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="473"/>
        <source>Counted lost after %1 ms of silence</source>
        <translation>Considéré comme perdu après %1 ms de silence</translation>
    </message>
</context>
<context>
    <name>ProcessWatch</name>
    <message>
        <location filename="../src/core/processwatch.cpp" line="37"/>
        <source>cannot become the reaper of launched programs; exit codes will not be known: %1</source>
        <translation>impossible de devenir le processus récupérateur (subreaper) des programmes lancés&#xa0;; leurs codes de sortie resteront inconnus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/processwatch.cpp" line="91"/>
        <source>cannot watch process %1: %2</source>
        <translation>impossible de surveiller le processus %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/processwatch.cpp" line="142"/>
        <source>cannot send signal %1 to process %2: %3</source>
        <translation>impossible d&apos;envoyer le signal %1 au processus %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location filename="../ui/programdialog.ui" line="6"/>
        <location filename="../src/gui/programdialog.cpp" line="65"/>
        <source>Add program</source>
        <extracomment>Window title; %1 is the program&apos;s name</extracomment>
        <translation>Ajouter un programme</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="17"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="27"/>
        <source>The program&apos;s unique name: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. It names the program in heartbeats, in the log and in its control endpoint.</source>
        <translation>Nom unique du programme&#xa0;: 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;. Il désigne le programme dans les battements de cœur, dans le journal et dans son point d&apos;accès de contrôle.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="37"/>
        <source>&amp;Program:</source>
        <translation>&amp;Programme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="61"/>
        <source>The executable to run: an absolute path, a path relative to the configuration file&apos;s folder (it contains a slash), or a bare name looked up in PATH.</source>
        <translation>L&apos;exécutable à lancer&#xa0;: un chemin absolu, un chemin relatif au dossier du fichier de configuration (il contient une barre oblique), ou un simple nom recherché dans PATH.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="64"/>
        <source>/path/to/program, or a name in PATH</source>
        <translation>/chemin/vers/programme, ou un nom dans PATH</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="71"/>
        <source>Choose the executable in a file dialog.</source>
        <translation>Choisir l&apos;exécutable dans une boîte de dialogue de fichiers.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="74"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="86"/>
        <source>&amp;Arguments:</source>
        <translation>&amp;Arguments&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="96"/>
        <source>The arguments, written as in a shell: spaces separate them, quotes (&apos;…&apos; or &quot;…&quot;) and backslashes keep spaces and quotes inside one. Variables and wildcards are not expanded. Default: none.</source>
        <translation>Les arguments, écrits comme dans un shell&#xa0;: les espaces les séparent, les guillemets (&apos;…&apos; ou &quot;…&quot;) et les barres obliques inverses gardent espaces et guillemets à l&apos;intérieur d&apos;un même argument. Les variables et les caractères génériques ne sont pas développés. Par défaut&#xa0;: aucun.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="99"/>
        <source>--rate 10 &apos;two words&apos;</source>
        <translation>--rate 10 &apos;deux mots&apos;</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="106"/>
        <source>&amp;Working directory:</source>
        <translation>Répertoire de &amp;travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="130"/>
        <source>The folder the program starts in; a relative path resolves against the configuration file&apos;s folder. Default (empty): the configuration file&apos;s folder.</source>
        <translation>Le répertoire dans lequel le programme démarre&#xa0;; un chemin relatif part du dossier du fichier de configuration. Par défaut (vide)&#xa0;: le dossier du fichier de configuration.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="133"/>
        <source>The configuration file&apos;s folder</source>
        <translation>Le dossier du fichier de configuration</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="140"/>
        <source>Choose the working directory in a folder dialog.</source>
        <translation>Choisir le répertoire de travail dans une boîte de dialogue de dossiers.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="143"/>
        <source>B&amp;rowse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="155"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="179"/>
        <source>Variables added to the program&apos;s environment, on top of the launcher&apos;s own. The launcher also sets the ZLAUNCHER_* variables. Rows without a name are ignored. Default: none.</source>
        <translation>Variables ajoutées à l&apos;environnement du programme, en plus de celles du lanceur. Le lanceur définit aussi les variables ZLAUNCHER_*. Les lignes sans nom sont ignorées. Par défaut&#xa0;: aucune.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="195"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="200"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="210"/>
        <source>Add an environment variable.</source>
        <translation>Ajouter une variable d&apos;environnement.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="213"/>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="223"/>
        <source>Remove the selected environment variables.</source>
        <translation>Supprimer les variables d&apos;environnement sélectionnées.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="226"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="253"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="263"/>
        <source>How the launcher watches and stops the program.
Heartbeat (default): it speaks the zlauncher protocol; alive while it sends heartbeats, stopped by a stop request.
Plain: any executable; alive while its process runs, stopped by SIGTERM.</source>
        <translation>Comment le lanceur surveille et arrête le programme.
Battement de cœur (par défaut)&#xa0;: il parle le protocole zlauncher&#xa0;; en vie tant qu&apos;il envoie des battements, arrêté par une requête d&apos;arrêt.
Simple&#xa0;: n&apos;importe quel exécutable&#xa0;; en vie tant que son processus tourne, arrêté par SIGTERM.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="269"/>
        <location filename="../ui/programdialog.ui" line="381"/>
        <source>Heartbeat</source>
        <translation>Battement de cœur</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="274"/>
        <source>Plain</source>
        <translation>Simple</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="282"/>
        <source>Start the program when the launcher starts, and as soon as it is added. Default: on.</source>
        <translation>Démarrer le programme au démarrage du lanceur, et dès qu&apos;il est ajouté. Par défaut&#xa0;: activé.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="285"/>
        <source>Start a&amp;utomatically</source>
        <translation>Démarrer a&amp;utomatiquement</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="292"/>
        <source>Re&amp;start:</source>
        <translation>Redémarra&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="302"/>
        <source>What to do when the program exits.
Always (default): restart it.
On failure: restart it after a non-zero exit code, a signal or a hang.
Never: leave it stopped.</source>
        <translation>Que faire quand le programme se termine.
Toujours (par défaut)&#xa0;: le redémarrer.
En cas d&apos;échec&#xa0;: le redémarrer après un code de sortie non nul, un signal ou un blocage.
Jamais&#xa0;: le laisser arrêté.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="309"/>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="314"/>
        <source>On failure</source>
        <translation>En cas d&apos;échec</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="319"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="327"/>
        <source>Stop &amp;grace:</source>
        <translation>Délai de grâ&amp;ce&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="337"/>
        <source>How long a stopping program may take to exit before it is killed (SIGKILL). Default: 3000 ms.</source>
        <translation>Temps laissé à un programme en cours d&apos;arrêt pour se terminer avant d&apos;être tué (SIGKILL). Par défaut&#xa0;: 3000 ms.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="346"/>
        <location filename="../ui/programdialog.ui" line="406"/>
        <location filename="../ui/programdialog.ui" line="444"/>
        <location filename="../ui/programdialog.ui" line="479"/>
        <location filename="../ui/programdialog.ui" line="526"/>
        <location filename="../ui/programdialog.ui" line="593"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="378"/>
        <source>Timings of heartbeat programs; plain programs do not use them.</source>
        <translation>Délais des programmes à battement de cœur&#xa0;; les programmes simples ne les utilisent pas.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="387"/>
        <source>&amp;Heartbeat interval:</source>
        <translation>&amp;Intervalle de battement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="397"/>
        <source>How often the program sends a heartbeat, given to it in ZLAUNCHER_INTERVAL_MS. Default: 1000 ms.</source>
        <translation>Intervalle entre deux battements de cœur du programme, qui lui est transmis dans ZLAUNCHER_INTERVAL_MS. Par défaut&#xa0;: 1000 ms.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="422"/>
        <source>&amp;Lost timeout:</source>
        <translation>Dé&amp;lai de perte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="432"/>
        <source>How long without a heartbeat before the program counts as hung and is restarted; it must be longer than the interval. Default (&quot;3 × interval&quot;): three missed heartbeats.</source>
        <translation>Durée sans battement de cœur au-delà de laquelle le programme est considéré comme bloqué et redémarré&#xa0;; elle doit dépasser l&apos;intervalle. Par défaut («&#xa0;3 × intervalle&#xa0;»)&#xa0;: trois battements manqués.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="441"/>
        <source>3 × interval</source>
        <translation>3 × intervalle</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="460"/>
        <source>S&amp;tart timeout:</source>
        <translation>&amp;Délai de démarrage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="470"/>
        <source>How long after launch the first heartbeat may take before the program counts as hung. Default: 10000 ms.</source>
        <translation>Temps laissé au premier battement de cœur après le lancement avant que le programme soit considéré comme bloqué. Par défaut&#xa0;: 10000 ms.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="498"/>
        <source>When the launcher stops restarting a program that keeps dying.</source>
        <translation>Quand le lanceur cesse de redémarrer un programme qui meurt sans cesse.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="501"/>
        <source>Restart limits</source>
        <translation>Limites de redémarrage</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="507"/>
        <source>&amp;Minimum uptime:</source>
        <translation>Durée minimale d&apos;e&amp;xécution&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="517"/>
        <source>A program that dies sooner than this after its start is restarted with a growing delay; a plain program counts as ready after it. Default: 1000 ms.</source>
        <translation>Un programme qui meurt plus tôt que cela après son démarrage est redémarré avec un délai croissant&#xa0;; un programme simple est considéré comme prêt passé cette durée. Par défaut&#xa0;: 1000 ms.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="542"/>
        <source>Ma&amp;ximum restarts:</source>
        <translation>Redémarrages &amp;maximum&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="552"/>
        <source>How many restarts are allowed within the restart window before the program is marked Failed. Default: 5.</source>
        <translation>Nombre de redémarrages permis dans la fenêtre de redémarrage avant que le programme passe à l&apos;état En échec. Par défaut&#xa0;: 5.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="574"/>
        <source>Restart w&amp;indow:</source>
        <translation>&amp;Fenêtre de redémarrage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="584"/>
        <source>The sliding window over which restarts are counted. Default: 60000 ms.</source>
        <translation>Fenêtre glissante sur laquelle les redémarrages sont comptés. Par défaut&#xa0;: 60000 ms.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="65"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="68"/>
        <source>%1 is running: changes apply at its next start.</source>
        <extracomment>%1 is the program&apos;s name</extracomment>
        <translation>%1 est en marche&#xa0;: les modifications prendront effet à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="79"/>
        <source>Default: %1</source>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="84"/>
        <source>Speaks the zlauncher protocol: alive while it sends heartbeats, stopped by a stop request.</source>
        <translation>Parle le protocole zlauncher&#xa0;: en vie tant qu&apos;il envoie des battements de cœur, arrêté par une requête d&apos;arrêt.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="88"/>
        <source>Any executable: alive while its process runs, stopped by SIGTERM.</source>
        <translation>N&apos;importe quel exécutable&#xa0;: en vie tant que son processus tourne, arrêté par SIGTERM.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="91"/>
        <source>Restart it whenever it exits.</source>
        <translation>Le redémarrer chaque fois qu&apos;il se termine.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="93"/>
        <source>Restart it after a non-zero exit code, a signal or a hang.</source>
        <translation>Le redémarrer après un code de sortie non nul, un signal ou un blocage.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="94"/>
        <source>Leave it stopped after it exits.</source>
        <translation>Le laisser arrêté une fois terminé.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="219"/>
        <source>Enter a name for the program.</source>
        <translation>Saisissez un nom pour le programme.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="224"/>
        <source>Another program is already named &quot;%1&quot;: choose another name.</source>
        <translation>Un autre programme s&apos;appelle déjà «&#xa0;%1&#xa0;»&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="234"/>
        <source>The arguments open a single quote (&apos;) that is never closed.</source>
        <translation>Les arguments ouvrent une apostrophe (&apos;) qui n&apos;est jamais refermée.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="236"/>
        <source>The arguments open a double quote (&quot;) that is never closed.</source>
        <translation>Les arguments ouvrent un guillemet double (&quot;) qui n&apos;est jamais refermé.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="238"/>
        <source>The arguments end with a backslash (\) that escapes nothing.</source>
        <translation>Les arguments se terminent par une barre oblique inverse (\) qui n&apos;échappe rien.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="257"/>
        <source>The environment variable on row %1 has a value but no name.</source>
        <translation>La variable d&apos;environnement de la ligne %1 a une valeur mais pas de nom.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="263"/>
        <source>The environment variable %1 is set twice.</source>
        <translation>La variable d&apos;environnement %1 est définie deux fois.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="331"/>
        <source>Choose the program</source>
        <translation>Choisir le programme</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="342"/>
        <source>Choose the working directory</source>
        <translation>Choisir le répertoire de travail</translation>
    </message>
</context>
<context>
    <name>ProgramRunner</name>
    <message>
        <location filename="../src/core/programrunner.cpp" line="31"/>
        <source>exited with code %1</source>
        <translation>terminé avec le code %1</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="34"/>
        <source>killed by signal %1 (SIG%2)</source>
        <translation>tué par le signal %1 (SIG%2)</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="38"/>
        <source>exited (status unknown: it was not started by this launcher)</source>
        <translation>terminé (statut inconnu&#xa0;: il n&apos;a pas été lancé par ce lanceur)</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="109"/>
        <source>killing process group (SIGKILL)</source>
        <translation>envoi de SIGKILL au groupe de processus</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="126"/>
        <source>cannot start %1: cannot create the log folder %2</source>
        <translation>impossible de démarrer %1&#xa0;: impossible de créer le dossier des journaux %2</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="159"/>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>killing it failed: %1</source>
        <translation type="vanished">impossible de le tuer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="171"/>
        <source>cannot supervise %1 (pid %2): %3</source>
        <translation>impossible de superviser %1 (pid %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>adopted, waiting for its heartbeat</source>
        <translation type="vanished">adopté, en attente de son battement de cœur</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="169"/>
        <source>%1; killing it failed: %2</source>
        <translation>%1 ; impossible de le tuer : %2</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="212"/>
        <source>adopted (up %1 s)</source>
        <translation>adopté (actif depuis %1 s)</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="217"/>
        <source>adopted (up %1 s), waiting for its heartbeat</source>
        <translation>adopté (actif depuis %1 s), en attente de son battement de cœur</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="237"/>
        <source>after %1 ms</source>
        <translation>après %1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="268"/>
        <source>died, and its restart policy is &quot;%1&quot;</source>
        <translation>mort alors que sa politique de redémarrage est &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="279"/>
        <source>restarted %1 times within %2 s; gave up until started again</source>
        <translation>redémarré %1 fois en %2 s&#xa0;; abandon jusqu&apos;au prochain démarrage manuel</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="296"/>
        <source>died %1 times within %2 ms of starting; restarting in %3 ms</source>
        <translation>mort %1 fois dans les %2 ms suivant son démarrage&#xa0;; redémarrage dans %3 ms</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="308"/>
        <source>plain program</source>
        <translation>programme simple</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="327"/>
        <source>stop acknowledged in %1 ms</source>
        <translation>arrêt confirmé en %1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="329"/>
        <source>unexpected reply &quot;%1&quot; to stop</source>
        <translation>réponse inattendue &quot;%1&quot; à la requête stop</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="336"/>
        <source>stop request failed: %1</source>
        <translation>échec de la requête d&apos;arrêt&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="347"/>
        <source>%1; sending SIGTERM</source>
        <translation>%1&#xa0;; envoi de SIGTERM</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="355"/>
        <source>%1; killing it to restart</source>
        <translation>%1&#xa0;; tué pour être redémarré</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="373"/>
        <source>no heartbeat within %1 ms of start</source>
        <translation>aucun battement de cœur dans les %1 ms suivant le démarrage</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="377"/>
        <source>no heartbeat for %1 ms</source>
        <translation>aucun battement de cœur depuis %1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="384"/>
        <source>still running %1 ms after the stop request; sending SIGKILL</source>
        <translation>toujours en marche %1 ms après la requête d&apos;arrêt&#xa0;; envoi de SIGKILL</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="460"/>
        <source>heartbeat from pid %1, but this launcher runs %2 as pid %3: a stray or duplicate instance</source>
        <translation>battement de cœur du pid %1, alors que ce lanceur exécute %2 sous le pid %3&#xa0;: instance égarée ou en double</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="465"/>
        <source>heartbeat from pid %1, but %2 is not running under this launcher: a stray instance</source>
        <translation>battement de cœur du pid %1, alors que %2 ne tourne pas sous ce lanceur&#xa0;: instance égarée</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="490"/>
        <source>%1 (pid %2)</source>
        <comment>state (pid)</comment>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="493"/>
        <source>%1: %2</source>
        <comment>state: reason</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(pid %1)</source>
        <translation type="vanished">(pid %1)</translation>
    </message>
</context>
<context>
    <name>ProgramSpec</name>
    <message>
        <location filename="../src/core/programspec.cpp" line="16"/>
        <source>program %1: %2 must be a positive number of milliseconds (got %3)</source>
        <translation>programme %1&#xa0;: %2 doit être un nombre de millisecondes strictement positif (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="18"/>
        <source>program %1: %2 must be zero or more milliseconds (got %3)</source>
        <translation>programme %1&#xa0;: %2 doit être un nombre de millisecondes positif ou nul (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="121"/>
        <source>program %1: &quot;name&quot; must be 1 to 64 characters among letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>programme %1&#xa0;: &quot;name&quot; doit compter de 1 à 64 caractères parmi les lettres, les chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="127"/>
        <source>program %1: &quot;program&quot; must not be empty</source>
        <translation>programme %1&#xa0;: &quot;program&quot; ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="140"/>
        <source>program %1: &quot;lostTimeoutMs&quot; must be longer than &quot;heartbeatIntervalMs&quot; (%2 ms), or the program is declared lost between two heartbeats (got %3)</source>
        <translation>programme %1&#xa0;: &quot;lostTimeoutMs&quot; doit être supérieur à &quot;heartbeatIntervalMs&quot; (%2 ms), sinon le programme est déclaré perdu entre deux battements de cœur (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="160"/>
        <source>program %1: %2 must be zero or more (got %3)</source>
        <translation>programme %1&#xa0;: %2 doit être positif ou nul (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="168"/>
        <source>program %1: &quot;dependsOn&quot; must not name the program itself</source>
        <translation>programme %1&#xa0;: &quot;dependsOn&quot; ne doit pas désigner le programme lui-même</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="174"/>
        <source>program %1: &quot;dependsOn&quot; contains %2, which is not a valid program name</source>
        <translation>programme %1&#xa0;: &quot;dependsOn&quot; contient %2, qui n&apos;est pas un nom de programme valide</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="183"/>
        <source>program %1: &quot;%2&quot; contains a NUL character</source>
        <translation>programme %1&#xa0;: &quot;%2&quot; contient un caractère NUL</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="189"/>
        <source>program %1: argument %2 of &quot;arguments&quot; contains a NUL character</source>
        <translation>programme %1&#xa0;: l’argument %2 de &quot;arguments&quot; contient un caractère NUL</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="198"/>
        <source>program %1: the value of %2 in &quot;environment&quot; contains a NUL character</source>
        <translation>programme %1&#xa0;: la valeur de %2 dans &quot;environment&quot; contient un caractère NUL</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="208"/>
        <source>program %1: &quot;environment&quot; has the variable name %2, which must not be empty nor contain &apos;=&apos;</source>
        <translation>programme %1&#xa0;: &quot;environment&quot; contient le nom de variable %2, qui ne doit être ni vide ni contenir &apos;=&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="220"/>
        <source>cannot start %1: no program is configured</source>
        <translation>impossible de démarrer %1&#xa0;: aucun exécutable n&apos;est configuré</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="226"/>
        <source>cannot start %1: program %2 was not found in PATH</source>
        <translation>impossible de démarrer %1&#xa0;: le programme %2 est introuvable dans PATH</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="232"/>
        <source>cannot start %1: %2 does not exist</source>
        <translation>impossible de démarrer %1&#xa0;: %2 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="236"/>
        <source>cannot start %1: %2 is a directory</source>
        <translation>impossible de démarrer %1&#xa0;: %2 est un répertoire</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="240"/>
        <source>cannot start %1: %2 is not executable</source>
        <translation>impossible de démarrer %1&#xa0;: %2 n&apos;est pas exécutable</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="249"/>
        <source>cannot start %1: working directory %2 does not exist</source>
        <translation>impossible de démarrer %1&#xa0;: le répertoire de travail %2 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="254"/>
        <source>cannot start %1: working directory %2 is not a directory</source>
        <translation>impossible de démarrer %1&#xa0;: le répertoire de travail %2 n&apos;est pas un répertoire</translation>
    </message>
</context>
<context>
    <name>ProgramState</name>
    <message>
        <location filename="../src/core/programstate.cpp" line="32"/>
        <source>Stopped</source>
        <comment>program state</comment>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../src/core/programstate.cpp" line="34"/>
        <source>Starting</source>
        <comment>program state</comment>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../src/core/programstate.cpp" line="36"/>
        <source>Running</source>
        <comment>program state</comment>
        <translation>En marche</translation>
    </message>
    <message>
        <location filename="../src/core/programstate.cpp" line="38"/>
        <source>Lost</source>
        <comment>program state: alive but silent</comment>
        <translation>Perdu</translation>
    </message>
    <message>
        <location filename="../src/core/programstate.cpp" line="41"/>
        <source>Stopping</source>
        <comment>program state</comment>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <location filename="../src/core/programstate.cpp" line="43"/>
        <source>Backoff</source>
        <comment>program state: waiting to restart</comment>
        <translation>Attente</translation>
    </message>
    <message>
        <location filename="../src/core/programstate.cpp" line="46"/>
        <source>Failed</source>
        <comment>program state: gave up restarting</comment>
        <translation>En échec</translation>
    </message>
</context>
<context>
    <name>ProgramStore</name>
    <message>
        <location filename="../src/core/programstore.cpp" line="53"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="55"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="59"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="138"/>
        <source>a whole number between -2147483648 and 2147483647</source>
        <translation>un nombre entier entre -2147483648 et 2147483647</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="148"/>
        <location filename="../src/core/programstore.cpp" line="150"/>
        <location filename="../src/core/programstore.cpp" line="154"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="152"/>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="159"/>
        <source>an object whose values are strings</source>
        <translation>un objet dont les valeurs sont des chaînes</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="161"/>
        <source>&quot;heartbeat&quot; or &quot;plain&quot;</source>
        <translation>&quot;heartbeat&quot; ou &quot;plain&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="169"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="172"/>
        <source>&quot;always&quot;, &quot;on-failure&quot; or &quot;never&quot;</source>
        <translation>&quot;always&quot;, &quot;on-failure&quot; ou &quot;never&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="195"/>
        <source>an array of program names</source>
        <translation>un tableau de noms de programmes</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="219"/>
        <source>#%1</source>
        <translation>nº&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="221"/>
        <source>program %1 must be a JSON object (got %2)</source>
        <translation>le programme %1 doit être un objet JSON (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="230"/>
        <source>program %1: %2 is missing</source>
        <translation>programme %1&#xa0;: %2 est absent</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="243"/>
        <source>program %1: %2 must be %3 (got %4)</source>
        <translation>programme %1&#xa0;: %2 doit être %3 (reçu&#xa0;: %4)</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="306"/>
        <source>two programs are named %1; each name must be unique</source>
        <translation>deux programmes s&apos;appellent %1&#xa0;; chaque nom doit être unique</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="315"/>
        <source>program %1: &quot;dependsOn&quot; names %2, which is not a configured program</source>
        <translation>programme %1&#xa0;: &quot;dependsOn&quot; désigne %2, qui n&apos;est pas un programme configuré</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="323"/>
        <source>&quot;dependsOn&quot; forms a cycle (%1): none of these programs could ever start</source>
        <translation>&quot;dependsOn&quot; forme un cycle (%1)&#xa0;: aucun de ces programmes ne pourrait jamais démarrer</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="339"/>
        <source>JSON syntax error near line %1, column %2: %3</source>
        <translation>erreur de syntaxe JSON vers la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="353"/>
        <source>&quot;version&quot; must be a whole number of 1 or more (got %1)</source>
        <translation>&quot;version&quot; doit être un nombre entier supérieur ou égal à 1 (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="358"/>
        <source>this configuration was written by a newer zlauncher (format version %1; this one reads up to version %2); it will not be changed</source>
        <translation>cette configuration a été écrite par un zlauncher plus récent (format version %1&#xa0;; celui-ci lit jusqu&apos;à la version %2)&#xa0;; elle ne sera pas modifiée</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="375"/>
        <source>&quot;heartbeatEndpoints&quot; must be an array of strings (got %1)</source>
        <translation>&quot;heartbeatEndpoints&quot; doit être un tableau de chaînes (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="383"/>
        <source>&quot;heartbeatEndpoints&quot;: %1 must start with ipc:// or tcp:// and name an address</source>
        <translation>&quot;heartbeatEndpoints&quot;&#xa0;: %1 doit commencer par ipc:// ou tcp:// et indiquer une adresse</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="522"/>
        <source>the configuration is empty; it must be a JSON object such as {&quot;version&quot;: 1, &quot;programs&quot;: []}</source>
        <translation>la configuration est vide&#xa0;; elle doit être un objet JSON tel que {&quot;version&quot;: 1, &quot;programs&quot;: []}</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="533"/>
        <source>the configuration must be a JSON object (got %1)</source>
        <translation>la configuration doit être un objet JSON (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="545"/>
        <source>&quot;programs&quot; must be an array of objects (got %1)</source>
        <translation>&quot;programs&quot; doit être un tableau d&apos;objets (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="609"/>
        <location filename="../src/core/programstore.cpp" line="615"/>
        <source>Cannot read file %1: %2</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="622"/>
        <source>Invalid configuration file %1: %2</source>
        <translation>Fichier de configuration %1 non valide&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="635"/>
        <location filename="../src/core/programstore.cpp" line="643"/>
        <location filename="../src/core/programstore.cpp" line="648"/>
        <location filename="../src/core/programstore.cpp" line="654"/>
        <source>Cannot write file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="637"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="678"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>Impossible de renommer %1 en %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="684"/>
        <source>Cannot rename %1: too many files named %2-*</source>
        <translation>Impossible de renommer %1&#xa0;: trop de fichiers nommés %2-*</translation>
    </message>
</context>
<context>
    <name>RuntimeDir</name>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="39"/>
        <source>cannot create runtime directory %1: cannot create its parent folder %2</source>
        <translation>impossible de créer le répertoire d&apos;exécution %1&#xa0;: impossible de créer son dossier parent %2</translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="50"/>
        <source>cannot set mode 0700 on runtime directory %1: %2</source>
        <translation>impossible d&apos;appliquer le mode 0700 au répertoire d&apos;exécution %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="60"/>
        <source>cannot create runtime directory %1: %2</source>
        <translation>impossible de créer le répertoire d&apos;exécution %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="75"/>
        <source>cannot inspect runtime directory %1: %2</source>
        <translation>impossible d&apos;examiner le répertoire d&apos;exécution %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="81"/>
        <source>runtime directory %1 is a symbolic link, which could point anywhere; remove it or choose another directory with --runtime-dir or ZLAUNCHER_RUNTIME_DIR</source>
        <translation>le répertoire d&apos;exécution %1 est un lien symbolique, qui pourrait pointer n&apos;importe où&#xa0;; supprimez-le ou choisissez un autre répertoire avec --runtime-dir ou ZLAUNCHER_RUNTIME_DIR</translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="90"/>
        <source>runtime directory %1 exists but is not a directory; remove it or choose another directory with --runtime-dir or ZLAUNCHER_RUNTIME_DIR</source>
        <translation>le répertoire d&apos;exécution %1 existe mais n&apos;est pas un répertoire&#xa0;; supprimez-le ou choisissez un autre répertoire avec --runtime-dir ou ZLAUNCHER_RUNTIME_DIR</translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="99"/>
        <source>runtime directory %1 belongs to user %2, not to you (uid %3); choose another with --runtime-dir or ZLAUNCHER_RUNTIME_DIR</source>
        <translation>le répertoire d&apos;exécution %1 appartient à l&apos;utilisateur %2, pas à vous (uid %3)&#xa0;; choisissez-en un autre avec --runtime-dir ou ZLAUNCHER_RUNTIME_DIR</translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="107"/>
        <source>runtime directory %1 is accessible by group or others (mode %2); fix it with: chmod 700 %1</source>
        <translation>le répertoire d&apos;exécution %1 est accessible au groupe ou aux autres (mode %2)&#xa0;; corrigez-le avec&#xa0;: chmod 700 %1</translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="143"/>
        <source>the runtime directory path is empty</source>
        <translation>le chemin du répertoire d&apos;exécution est vide</translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="151"/>
        <source>runtime directory %1 is too long for ipc endpoints: %2 takes %3 bytes, more than the %4 a Unix socket path allows (and program names make theirs longer still); choose a shorter one with --runtime-dir or ZLAUNCHER_RUNTIME_DIR</source>
        <translation>le répertoire d&apos;exécution %1 est trop long pour les points d&apos;accès ipc&#xa0;: %2 occupe %3 octets, plus que les %4 permis pour un chemin de socket Unix (et les noms de programmes allongent encore les leurs)&#xa0;; choisissez-en un plus court avec --runtime-dir ou ZLAUNCHER_RUNTIME_DIR</translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="177"/>
        <source>the runtime directory is not open</source>
        <translation>le répertoire d&apos;exécution n&apos;est pas ouvert</translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="198"/>
        <source>another zlauncher (pid %1) is running on runtime directory %2</source>
        <translation>un autre zlauncher (pid %1) utilise le répertoire d&apos;exécution %2</translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="203"/>
        <source>another zlauncher is running on runtime directory %1 (lock file %2)</source>
        <translation>un autre zlauncher utilise le répertoire d&apos;exécution %1 (fichier de verrou %2)</translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="211"/>
        <source>cannot create lock file %1: permission denied</source>
        <translation>impossible de créer le fichier de verrou %1&#xa0;: permission refusée</translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="217"/>
        <source>cannot create lock file %1</source>
        <translation>impossible de créer le fichier de verrou %1</translation>
    </message>
</context>
<context>
    <name>StopRequest</name>
    <message>
        <location filename="../src/core/stoprequest.cpp" line="18"/>
        <source>no reply within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/stoprequest.cpp" line="40"/>
        <source>the request could not be queued</source>
        <translation>la requête n&apos;a pas pu être mise en file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/core/stoprequest.cpp" line="48"/>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/stoprequest.cpp" line="80"/>
        <source>receiving the reply failed: %1</source>
        <translation>échec de la réception de la réponse&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <location filename="../src/core/supervisor.cpp" line="90"/>
        <source>also listening for heartbeats on %1 (configured; outside the private runtime directory, anyone who can reach it can send heartbeats)</source>
        <translation>écoute aussi les battements de cœur sur %1 (configuré&#xa0;; hors du répertoire d&apos;exécution privé, quiconque peut l&apos;atteindre peut envoyer des battements)</translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="101"/>
        <source>a program named &quot;%1&quot; already exists</source>
        <translation>un programme nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="105"/>
        <source>program &quot;%1&quot;: the name is too long for a control endpoint in %2</source>
        <translation>programme «&#xa0;%1&#xa0;»&#xa0;: le nom est trop long pour un point d&apos;accès de contrôle dans %2</translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="172"/>
        <source>there is no program named &quot;%1&quot;</source>
        <translation>aucun programme ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="174"/>
        <source>stop %1 before renaming it</source>
        <translation>arrêtez %1 avant de le renommer</translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="370"/>
        <source>dropped %1 malformed heartbeat messages (%2); %3 dropped in all</source>
        <translation>%1 messages de battement malformés rejetés (%2)&#xa0;; %3 rejetés au total</translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="384"/>
        <source>heartbeats from more than %1 unknown names; no longer reporting new ones</source>
        <translation>battements de cœur provenant de plus de %1 noms inconnus&#xa0;; les nouveaux ne sont plus signalés</translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="389"/>
        <source>heartbeat from &quot;%1&quot;, which is not a configured program; ignored (reported once)</source>
        <translation>battement de cœur de «&#xa0;%1&#xa0;», qui n&apos;est pas un programme configuré&#xa0;; ignoré (signalé une seule fois)</translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="482"/>
        <source>%1 (pid %2) is still running but no longer configured; left alone</source>
        <translation>%1 (pid %2) est toujours en marche mais n&apos;est plus configuré&#xa0;; laissé tel quel</translation>
    </message>
    <message>
        <source>adopted the running instance (pid %1, up %2 s)</source>
        <translation type="vanished">instance en marche adoptée (pid %1, active depuis %2 s)</translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="495"/>
        <source>cannot adopt pid %1: %2</source>
        <translation>impossible d&apos;adopter le pid %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="500"/>
        <source>an unknown time</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="502"/>
        <source>was being started when the previous launcher stopped, and is not running (recorded at %1)</source>
        <translation>était en cours de démarrage quand le lanceur précédent s’est arrêté, et ne tourne pas (relevé à %1)</translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="506"/>
        <source>pid %1 now belongs to another process: %2 ended while no launcher was running (last recorded at %3)</source>
        <translation>le pid %1 appartient désormais à un autre processus&#xa0;: %2 s&apos;est terminé alors qu&apos;aucun lanceur ne tournait (dernier relevé&#xa0;: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="510"/>
        <source>ended while no launcher was running (pid %1, last recorded at %2)</source>
        <translation>terminé alors qu&apos;aucun lanceur ne tournait (pid %1, dernier relevé&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/gui.cpp" line="24"/>
        <source>zlauncher cannot start</source>
        <translation>zlauncher ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../src/app/gui.cpp" line="68"/>
        <source>No event stream</source>
        <translation>Pas de flux d’événements</translation>
    </message>
    <message>
        <location filename="../src/app/headless.cpp" line="30"/>
        <source>zlauncher: %1</source>
        <translation>zlauncher&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/headless.cpp" line="79"/>
        <source>the configuration file %1 does not exist</source>
        <translation>le fichier de configuration %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="85"/>
        <source>Launches programs, watches them over ZeroMQ, restarts them when they die or hang, and stops them cleanly.</source>
        <translation>Lance des programmes, les surveille par ZeroMQ, les relance s’ils meurent ou se bloquent, et les arrête proprement.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="91"/>
        <source>Run without a window.</source>
        <translation>Fonctionner sans fenêtre.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="93"/>
        <source>Use this configuration file.</source>
        <translation>Utiliser ce fichier de configuration.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="94"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="97"/>
        <source>Use this runtime directory for the endpoints.</source>
        <translation>Utiliser ce répertoire d’exécution pour les points d’accès.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="98"/>
        <source>dir</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="101"/>
        <source>Headless output format: text or json.</source>
        <translation>Format de sortie sans fenêtre : text ou json.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="102"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="105"/>
        <source>Headless: also print every heartbeat.</source>
        <translation>Sans fenêtre : afficher aussi chaque battement de cœur.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="108"/>
        <source>Headless: on SIGINT/SIGTERM, exit and leave the programs running.</source>
        <translation>Sans fenêtre : sur SIGINT/SIGTERM, quitter en laissant les programmes tourner.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="112"/>
        <source>Do not start the autostart programs.</source>
        <translation>Ne pas démarrer les programmes à démarrage automatique.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="114"/>
        <source>Language of the window: fr or en.</source>
        <translation>Langue de la fenêtre : fr ou en.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="115"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="124"/>
        <source>zlauncher: --events takes text or json, not &quot;%1&quot;</source>
        <translation>zlauncher : --events accepte text ou json, pas « %1 »</translation>
    </message>
</context>
</TS>
