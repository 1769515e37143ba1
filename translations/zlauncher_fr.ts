<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgentEndpoints</name>
    <message>
        <location filename="../src/core/remote/agentendpoints.cpp" line="73"/>
        <source>made this agent&apos;s key pair in %1</source>
        <translation>paire de clés de cet agent créée dans %1</translation>
    </message>
    <message>
        <location filename="../src/core/remote/agentendpoints.cpp" line="82"/>
        <source>no client may connect: %1 lists no key. On the client, run `zlauncherctl keygen`; then here, run `zlauncherctl authorize KEY` with the key it printed</source>
        <translation>aucun client ne peut se connecter&#xa0;: %1 ne contient aucune clé. Sur le client, lancez `zlauncherctl keygen`&#xa0;; puis ici, lancez `zlauncherctl authorize CLÉ` avec la clé affichée</translation>
    </message>
    <message>
        <location filename="../src/core/remote/agentendpoints.cpp" line="102"/>
        <source>--listen takes tcp://ADDRESS:PORT with a port below 65535, for example tcp://0.0.0.0:7700 (got %1)</source>
        <translation>--listen attend tcp://ADRESSE:PORT avec un port inférieur à 65535, par exemple tcp://0.0.0.0:7700 (reçu %1)</translation>
    </message>
    <message>
        <location filename="../src/core/remote/agentendpoints.cpp" line="146"/>
        <source>failed handshakes will not be logged: %1</source>
        <translation>les poignées de main échouées ne seront pas journalisées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/remote/agentendpoints.cpp" line="156"/>
        <source>the peer did not complete the handshake: a client without CURVE encryption, or not a ZeroMQ peer</source>
        <translation>le pair n&apos;a pas terminé la poignée de main&#xa0;: un client sans chiffrement CURVE, ou pas un pair ZeroMQ</translation>
    </message>
    <message>
        <location filename="../src/core/remote/agentendpoints.cpp" line="159"/>
        <source>a client without CURVE encryption</source>
        <translation>un client sans chiffrement CURVE</translation>
    </message>
    <message>
        <location filename="../src/core/remote/agentendpoints.cpp" line="161"/>
        <source>a handshake that could not be decrypted: the client does not have this agent&apos;s public key</source>
        <translation>une poignée de main indéchiffrable&#xa0;: le client n&apos;a pas la clé publique de cet agent</translation>
    </message>
    <message>
        <location filename="../src/core/remote/agentendpoints.cpp" line="164"/>
        <source>a broken ZeroMQ handshake (protocol error 0x%1)</source>
        <translation>une poignée de main ZeroMQ invalide (erreur de protocole 0x%1)</translation>
    </message>
    <message>
        <location filename="../src/core/remote/agentendpoints.cpp" line="168"/>
        <source>a connection to %1</source>
        <translation>une connexion à %1</translation>
    </message>
</context>
<context>
    <name>AuthorizedKeys</name>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="312"/>
        <source>%1 belongs to another user; it must be yours</source>
        <translation>%1 appartient à un autre utilisateur&#xa0;; il doit être à vous</translation>
    </message>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="313"/>
        <source>%1 can be changed by other users; run: chmod go-w %1</source>
        <translation>%1 peut être modifié par d&apos;autres utilisateurs&#xa0;; lancez&#xa0;: chmod go-w %1</translation>
    </message>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="301"/>
        <location filename="../src/core/remote/curvekeys.cpp" line="307"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="291"/>
        <source>%1 can be changed by other users, who could change the keys in it; run: chmod go-w %1</source>
        <translation>%1 peut être modifié par d&apos;autres utilisateurs, qui pourraient changer les clés qu&apos;il contient&#xa0;; lancez&#xa0;: chmod go-w %1</translation>
    </message>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="300"/>
        <source>%1 is a symbolic link; it must be a file of your own</source>
        <translation>%1 est un lien symbolique&#xa0;; ce doit être un fichier à vous</translation>
    </message>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="326"/>
        <source>%1:%2: &quot;%3&quot; is not a CURVE public key (40 Z85 characters); the line is ignored</source>
        <translation>%1:%2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas une clé publique CURVE (40 caractères Z85)&#xa0;; la ligne est ignorée</translation>
    </message>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="346"/>
        <source>&quot;%1&quot; is not a CURVE public key (40 Z85 characters, as `zlauncherctl keygen` prints)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une clé publique CURVE (40 caractères Z85, comme les affiche `zlauncherctl keygen`)</translation>
    </message>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="373"/>
        <location filename="../src/core/remote/curvekeys.cpp" line="387"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../src/gui/details/chartspage.cpp" line="69"/>
        <source>%</source>
        <comment>unit of the CPU chart</comment>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../src/gui/details/chartspage.cpp" line="70"/>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <location filename="../src/gui/details/chartspage.cpp" line="71"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../src/gui/details/chartspage.cpp" line="121"/>
        <source>seconds ago</source>
        <translation>il y a (secondes)</translation>
    </message>
    <message>
        <location filename="../src/gui/details/chartspage.cpp" line="243"/>
        <source>CPU: %1 % of one core</source>
        <translation>CPU&#xa0;: %1&#xa0;% d&apos;un cœur</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/details/chartspage.cpp" line="245"/>
        <source>Memory (resident): %1 MiB in %n process(es)</source>
        <translation>
            <numerusform>Mémoire (résidente)&#xa0;: %1&#xa0;Mio dans %n processus</numerusform>
            <numerusform>Mémoire (résidente)&#xa0;: %1&#xa0;Mio dans %n processus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/details/chartspage.cpp" line="248"/>
        <source>CPU: no live process</source>
        <translation>CPU&#xa0;: aucun processus en vie</translation>
    </message>
    <message>
        <location filename="../src/gui/details/chartspage.cpp" line="249"/>
        <source>Memory: no live process</source>
        <translation>Mémoire&#xa0;: aucun processus en vie</translation>
    </message>
    <message>
        <location filename="../src/gui/details/chartspage.cpp" line="313"/>
        <source>Heartbeats go to the launcher on the program&apos;s own host: they are charted for this host&apos;s programs only.</source>
        <translation>Les battements de cœur vont au lanceur de l&apos;hôte du programme&#xa0;: ils ne sont tracés que pour les programmes de cet hôte-ci.</translation>
    </message>
    <message>
        <location filename="../src/gui/details/chartspage.cpp" line="327"/>
        <source>Heartbeats: this host&apos;s only</source>
        <translation>Battements&#xa0;: cet hôte seul</translation>
    </message>
    <message>
        <location filename="../src/gui/details/chartspage.cpp" line="330"/>
        <source>No heartbeat yet (expected every %1)</source>
        <translation>Aucun battement pour l&apos;instant (attendu toutes les %1)</translation>
    </message>
    <message>
        <location filename="../src/gui/details/chartspage.cpp" line="332"/>
        <source>Heartbeat every %1 (expected %2, dashed)</source>
        <translation>Battement toutes les %1 (attendu %2, pointillés)</translation>
    </message>
</context>
<context>
    <name>ConfigurationKeeper</name>
    <message>
        <location filename="../src/core/config/configurationkeeper.cpp" line="74"/>
        <source>there is no configuration file to save to; use Save as</source>
        <translation>aucun fichier de configuration où enregistrer&#xa0;; utilisez Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../src/core/config/configurationkeeper.cpp" line="124"/>
        <source>&quot;listen&quot; changed; restart the launcher to serve the new network endpoints</source>
        <translation>«&#xa0;listen&#xa0;» a changé&#xa0;; redémarrez le lanceur pour servir les nouveaux points d&apos;accès réseau</translation>
    </message>
    <message>
        <location filename="../src/core/config/configurationkeeper.cpp" line="150"/>
        <source>there is no configuration file to reload</source>
        <translation>aucun fichier de configuration à recharger</translation>
    </message>
    <message>
        <location filename="../src/core/config/configurationkeeper.cpp" line="154"/>
        <source>the configuration file %1 does not exist</source>
        <translation>le fichier de configuration %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../src/core/config/configurationkeeper.cpp" line="159"/>
        <source>%1; nothing was changed</source>
        <translation>%1&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../src/core/config/configurationkeeper.cpp" line="120"/>
        <source>&quot;heartbeatEndpoints&quot; changed; restart the launcher to listen on the new endpoints</source>
        <translation>&quot;heartbeatEndpoints&quot; a changé&#xa0;; redémarrez le lanceur pour écouter sur les nouveaux points d&apos;accès</translation>
    </message>
</context>
<context>
    <name>ConnectHostDialog</name>
    <message>
        <location filename="../src/gui/window/connecthostdialog.cpp" line="26"/>
        <source>Connect to host</source>
        <translation>Se connecter à un hôte</translation>
    </message>
    <message>
        <location filename="../src/gui/window/connecthostdialog.cpp" line="29"/>
        <source>bench-a</source>
        <translation>banc-a</translation>
    </message>
    <message>
        <location filename="../src/gui/window/connecthostdialog.cpp" line="30"/>
        <source>What the table&apos;s Host column calls it: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Le nom que lui donne la colonne Hôte du tableau&#xa0;: lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/gui/window/connecthostdialog.cpp" line="34"/>
        <source>The control endpoint the agent listens on: zlauncher --headless --listen tcp://ADDRESS:PORT on that host</source>
        <translation>Le point de contrôle sur lequel l&apos;agent écoute&#xa0;: zlauncher --headless --listen tcp://ADRESSE:PORT sur cet hôte</translation>
    </message>
    <message>
        <location filename="../src/gui/window/connecthostdialog.cpp" line="37"/>
        <source>40 characters, or the path of its agent.key file</source>
        <translation>40 caractères, ou le chemin de son fichier agent.key</translation>
    </message>
    <message>
        <location filename="../src/gui/window/connecthostdialog.cpp" line="38"/>
        <source>The agent&apos;s public key, as `zlauncherctl info` prints it on its host (serverKey): the link is refused if another answers</source>
        <translation>La clé publique de l&apos;agent, telle que `zlauncherctl info` l&apos;affiche sur son hôte (serverKey)&#xa0;: la liaison est refusée si un autre répond</translation>
    </message>
    <message>
        <location filename="../src/gui/window/connecthostdialog.cpp" line="45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/window/connecthostdialog.cpp" line="46"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/window/connecthostdialog.cpp" line="47"/>
        <source>Agent&apos;s &amp;key:</source>
        <translation>&amp;Clé de l&apos;agent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/window/connecthostdialog.cpp" line="51"/>
        <source>The agent admits only the client keys authorized on its host. Yours is &lt;b&gt;%1&lt;/b&gt;; on the agent&apos;s host, run:&lt;br&gt;&lt;tt&gt;zlauncherctl authorize %2&lt;/tt&gt;</source>
        <translation>L&apos;agent n&apos;admet que les clés de client autorisées sur son hôte. La vôtre est &lt;b&gt;%1&lt;/b&gt;&#xa0;; sur l&apos;hôte de l&apos;agent, lancez&#xa0;:&lt;br&gt;&lt;tt&gt;zlauncherctl authorize %2&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/window/connecthostdialog.cpp" line="59"/>
        <source>&amp;Copy the command</source>
        <translation>Co&amp;pier la commande</translation>
    </message>
    <message>
        <location filename="../src/gui/window/connecthostdialog.cpp" line="60"/>
        <source>Copies the zlauncherctl authorize command with your public key</source>
        <translation>Copie la commande zlauncherctl authorize avec votre clé publique</translation>
    </message>
    <message>
        <location filename="../src/gui/window/connecthostdialog.cpp" line="70"/>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnecter</translation>
    </message>
</context>
<context>
    <name>ConnectionMonitor</name>
    <message>
        <location filename="../src/core/zmq/connectionmonitor.cpp" line="115"/>
        <source>cannot monitor connections: %1</source>
        <translation>impossible de surveiller les connexions&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Containment</name>
    <message>
        <location filename="../src/core/os/containment.cpp" line="182"/>
        <source>no cgroup v2 hierarchy is mounted</source>
        <translation>aucune hiérarchie cgroup v2 n&apos;est montée</translation>
    </message>
    <message>
        <location filename="../src/core/os/containment.cpp" line="186"/>
        <source>the launcher has no place in the cgroup v2 hierarchy</source>
        <translation>le lanceur n&apos;a pas de place dans la hiérarchie cgroup v2</translation>
    </message>
    <message>
        <location filename="../src/core/os/containment.cpp" line="189"/>
        <source>the launcher runs in the root cgroup, which belongs to the system&apos;s service manager</source>
        <translation>le lanceur tourne dans le cgroup racine, qui appartient au gestionnaire de services du système</translation>
    </message>
    <message>
        <location filename="../src/core/os/containment.cpp" line="199"/>
        <source>the launcher&apos;s cgroup %1 is not delegated to this user</source>
        <translation>le cgroup %1 du lanceur n&apos;est pas délégué à cet utilisateur</translation>
    </message>
    <message>
        <location filename="../src/core/os/containment.cpp" line="203"/>
        <source>the kernel has no cgroup.kill (Linux 5.14 or later has)</source>
        <translation>le noyau n&apos;a pas cgroup.kill (Linux 5.14 ou plus récent l&apos;a)</translation>
    </message>
    <message>
        <location filename="../src/core/os/containment.cpp" line="207"/>
        <source>the memory controller is not enabled for %1</source>
        <translation>le contrôleur mémoire n&apos;est pas activé pour %1</translation>
    </message>
    <message>
        <location filename="../src/core/os/containment.cpp" line="216"/>
        <source>the launcher uses process groups, and memory.max needs a cgroup of the program&apos;s own</source>
        <translation>le lanceur utilise des groupes de processus, et memory.max demande un cgroup propre au programme</translation>
    </message>
    <message>
        <location filename="../src/core/os/containment.cpp" line="231"/>
        <source>the memory controller is not delegated to the launcher&apos;s cgroup %1 (systemd delegates it to a user&apos;s services on most systems)</source>
        <translation>le contrôleur mémoire n&apos;est pas délégué au cgroup %1 du lanceur (systemd le délègue aux services d&apos;un utilisateur sur la plupart des systèmes)</translation>
    </message>
    <message>
        <location filename="../src/core/os/containment.cpp" line="242"/>
        <source>the launcher cannot move into %1 to enable the memory controller: %2</source>
        <translation>le lanceur ne peut pas passer dans %1 pour activer le contrôleur mémoire&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/containment.cpp" line="247"/>
        <source>the memory controller cannot be enabled in %1 (other processes share the launcher&apos;s cgroup?): %2</source>
        <translation>le contrôleur mémoire ne peut pas être activé dans %1 (d&apos;autres processus partagent-ils le cgroup du lanceur&#xa0;?)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/containment.cpp" line="264"/>
        <source>each program runs in a cgroup of its own under %1, so a stop reaches every process it started</source>
        <translation>chaque programme tourne dans son propre cgroup sous %1, si bien qu&apos;un arrêt atteint chaque processus qu&apos;il a lancé</translation>
    </message>
    <message>
        <location filename="../src/core/os/containment.cpp" line="268"/>
        <source>process groups, since %1: a process that leaves its program&apos;s session escapes a stop. To run each program in a cgroup of its own, start the launcher in a delegated cgroup: %2</source>
        <translation>groupes de processus, car %1&#xa0;: un processus qui quitte la session de son programme échappe à un arrêt. Pour faire tourner chaque programme dans son propre cgroup, démarrez le lanceur dans un cgroup délégué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/containment.cpp" line="284"/>
        <source>cannot create the cgroup %1: %2</source>
        <translation>impossible de créer le cgroup %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/containment.cpp" line="351"/>
        <source>cannot kill the processes of cgroup %1: %2</source>
        <translation>impossible de tuer les processus du cgroup %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/containment.cpp" line="383"/>
        <source>cannot write memory.max of cgroup %1: %2</source>
        <translation>impossible d&apos;écrire memory.max du cgroup %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/processcontrol.cpp" line="106"/>
        <source>cannot open the cgroup %1: %2</source>
        <translation>impossible d&apos;ouvrir le cgroup %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ControlClient</name>
    <message>
        <location filename="../src/core/remote/controlclient.cpp" line="38"/>
        <source>no launcher is running on %1 (start one with `zlauncher` or `zlauncher --headless`)</source>
        <translation>aucun lanceur ne tourne sur %1 (lancez-en un avec `zlauncher` ou `zlauncher --headless`)</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlclient.cpp" line="52"/>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlclient.cpp" line="54"/>
        <source>the launcher on %1 sent a reply that cannot be read (%2)</source>
        <translation>le lanceur sur %1 a envoyé une réponse illisible (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlclient.cpp" line="60"/>
        <source>the launcher on %1 sent a reply without &quot;ok&quot;</source>
        <translation>le lanceur sur %1 a envoyé une réponse sans &quot;ok&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlclient.cpp" line="69"/>
        <source>the launcher refused the request without saying why</source>
        <translation>le lanceur a refusé la requête sans dire pourquoi</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlclient.cpp" line="151"/>
        <location filename="../src/core/remote/controlclient.cpp" line="154"/>
        <source>%1 s</source>
        <comment>timeout in seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlclient.cpp" line="156"/>
        <source>%1 ms</source>
        <comment>timeout in milliseconds</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlclient.cpp" line="182"/>
        <source>the request to the launcher on %1 could not be sent</source>
        <translation>la requête au lanceur sur %1 n&apos;a pas pu être envoyée</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlclient.cpp" line="187"/>
        <source>the launcher on %1 did not answer within %2</source>
        <translation>le lanceur sur %1 n&apos;a pas répondu dans les %2</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlclient.cpp" line="193"/>
        <source>cannot talk to the launcher on %1: %2</source>
        <translation>impossible de dialoguer avec le lanceur sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlclient.cpp" line="295"/>
        <source>the request to the agent at %1 could not be sent</source>
        <translation>la requête à l&apos;agent de %1 n&apos;a pas pu être envoyée</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlclient.cpp" line="224"/>
        <source>the agent at %1 does not admit this client&apos;s key %2; on the agent&apos;s host, run: zlauncherctl authorize %2</source>
        <translation>l&apos;agent de %1 n&apos;admet pas la clé %2 de ce client&#xa0;; sur l&apos;hôte de l&apos;agent, lancez&#xa0;: zlauncherctl authorize %2</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlclient.cpp" line="230"/>
        <source>the agent at %1 closed the connection during the encrypted handshake: %2 is not its public key (`zlauncherctl info` on its host shows it), or what listens there is no zlauncher agent</source>
        <translation>l&apos;agent de %1 a fermé la connexion pendant la poignée de main chiffrée&#xa0;: %2 n&apos;est pas sa clé publique (`zlauncherctl info` sur son hôte l&apos;affiche), ou ce qui écoute là n&apos;est pas un agent zlauncher</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlclient.cpp" line="268"/>
        <source>no answer from the agent at %1 within %2: the host is unreachable, or nothing listens there</source>
        <translation>pas de réponse de l&apos;agent de %1 en %2&#xa0;: l&apos;hôte est injoignable, ou rien n&apos;écoute là</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlclient.cpp" line="300"/>
        <source>cannot talk to the agent at %1: %2</source>
        <translation>impossible de parler à l&apos;agent de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/ctl/target.cpp" line="55"/>
        <source>the agent at %1 names no event stream in its info</source>
        <translation>l&apos;agent de %1 n&apos;indique aucun flux d&apos;événements dans sa réponse info</translation>
    </message>
</context>
<context>
    <name>ControlRequest</name>
    <message>
        <source>no reply within %1 ms</source>
        <translation type="vanished">aucune réponse en %1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/zmq/controlrequest.cpp" line="65"/>
        <source>the request could not be queued</source>
        <translation>la requête n&apos;a pas pu être mise en file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/core/zmq/controlrequest.cpp" line="73"/>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/zmq/controlrequest.cpp" line="105"/>
        <source>receiving the reply failed: %1</source>
        <translation>échec de la réception de la réponse&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/zmq/controlrequest.cpp" line="142"/>
        <source>no reply within %1 ms from %2 (whether it connected is unknown: its connection could not be watched: %3)</source>
        <translation>pas de réponse de %2 en %1&#xa0;ms (impossible de savoir s&apos;il s&apos;est connecté&#xa0;: sa connexion n&apos;a pas pu être surveillée&#xa0;: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/zmq/controlrequest.cpp" line="147"/>
        <source>no reply within %1 ms: its control endpoint %2 was never connected (the program has not bound it; does it read $ZLAUNCHER_CONTROL?)</source>
        <translation>pas de réponse en %1&#xa0;ms&#xa0;: son point de contrôle %2 n&apos;a jamais été connecté (le programme ne l&apos;a pas ouvert&#xa0;; lit-il $ZLAUNCHER_CONTROL&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../src/core/zmq/controlrequest.cpp" line="152"/>
        <source>no reply within %1 ms: connected to %2, but the connection closed before the answer (the program went away: it exited or closed its control socket)</source>
        <translation>pas de réponse en %1&#xa0;ms&#xa0;: connecté à %2, mais la connexion s&apos;est fermée avant la réponse (le programme est parti&#xa0;: il s&apos;est terminé ou a fermé son socket de contrôle)</translation>
    </message>
    <message>
        <location filename="../src/core/zmq/controlrequest.cpp" line="156"/>
        <source>no reply within %1 ms (connected to %2, the program did not answer)</source>
        <translation>pas de réponse en %1&#xa0;ms (connecté à %2, le programme n&apos;a pas répondu)</translation>
    </message>
</context>
<context>
    <name>ControlServer</name>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="71"/>
        <source>cannot serve the control endpoint %1: %2; zlauncherctl will not reach this launcher</source>
        <translation>impossible de servir le point d&apos;accès de contrôle %1&#xa0;: %2&#xa0;; zlauncherctl ne pourra pas joindre ce lanceur</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="117"/>
        <source>the request is not a JSON object (%1); send for example {&quot;command&quot;: &quot;list&quot;}</source>
        <translation>la requête n&apos;est pas un objet JSON (%1)&#xa0;; envoyez par exemple {&quot;command&quot;: &quot;list&quot;}</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="121"/>
        <source>got another JSON value</source>
        <translation>reçu une autre valeur JSON</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="136"/>
        <source>ping needs the &quot;name&quot; of a program</source>
        <translation>ping demande le &quot;name&quot; d&apos;un programme</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="142"/>
        <source>&quot;timeoutMs&quot; must be between 1 and %1</source>
        <translation>&quot;timeoutMs&quot; doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="156"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="191"/>
        <source>the request has no &quot;command&quot;; one of: %1</source>
        <translation>la requête n&apos;a pas de &quot;command&quot;&#xa0;; valeurs possibles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="294"/>
        <source>status needs the &quot;name&quot; of a program</source>
        <translation>status demande le &quot;name&quot; d&apos;un programme</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="247"/>
        <source>this launcher runs headless: there is no window to show</source>
        <translation>ce lanceur tourne sans interface&#xa0;: il n&apos;y a pas de fenêtre à afficher</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="257"/>
        <source>quit requested (programs left running)</source>
        <translation>fermeture demandée (programmes laissés en marche)</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="258"/>
        <source>quit requested (stopping every program)</source>
        <translation>fermeture demandée (arrêt de tous les programmes)</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="241"/>
        <source>unknown command &quot;%1&quot;; one of: %2</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; valeurs possibles&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="309"/>
        <source>output needs the &quot;name&quot; of a program, and takes a number of &quot;lines&quot; and a byte offset &quot;from&quot;</source>
        <translation>output demande le &quot;name&quot; d&apos;un programme, et accepte un nombre de lignes &quot;lines&quot; et une position en octets &quot;from&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="337"/>
        <source>%1 runs as its replicas, each a program of its own: %2</source>
        <translation>%1 tourne sous forme de répliques, chacune un programme à part entière&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="342"/>
        <source>there is no program named &quot;%1&quot; (no program is configured)</source>
        <translation>aucun programme ne s&apos;appelle «&#xa0;%1&#xa0;» (aucun programme n&apos;est configuré)</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="344"/>
        <source>there is no program named &quot;%1&quot; (programs: %2)</source>
        <translation>aucun programme ne s&apos;appelle «&#xa0;%1&#xa0;» (programmes&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="354"/>
        <source>%1 needs the &quot;name&quot; of a program, or &quot;all&quot;: true</source>
        <translation>%1 demande le &quot;name&quot; d&apos;un programme, ou &quot;all&quot;: true</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="373"/>
        <source>%1 requested through the control endpoint</source>
        <translation>commande %1 reçue par le point d&apos;accès de contrôle</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserver.cpp" line="377"/>
        <source>%1 of every program requested through the control endpoint</source>
        <translation>commande %1 pour tous les programmes reçue par le point d&apos;accès de contrôle</translation>
    </message>
    <message>
        <source>add needs a &quot;program&quot; object as in the configuration file, for example {&quot;name&quot;: &quot;worker&quot;, &quot;program&quot;: &quot;/usr/bin/worker&quot;}</source>
        <translation type="vanished">add demande un objet &quot;program&quot; comme dans le fichier de configuration, par exemple {&quot;name&quot;: &quot;worker&quot;, &quot;program&quot;: &quot;/usr/bin/worker&quot;}</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserverconfiguration.cpp" line="32"/>
        <source>%1 needs a &quot;program&quot; object as in the configuration file, for example {&quot;name&quot;: &quot;worker&quot;, &quot;program&quot;: &quot;/usr/bin/worker&quot;}</source>
        <translation>%1 demande un objet &quot;program&quot; comme dans le fichier de configuration, par exemple {&quot;name&quot;: &quot;worker&quot;, &quot;program&quot;: &quot;/usr/bin/worker&quot;}</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserverconfiguration.cpp" line="46"/>
        <source>program &quot;%1&quot;: &quot;dependsOn&quot; names &quot;%2&quot;, which is not a configured program</source>
        <translation>programme «&#xa0;%1&#xa0;»&#xa0;: &quot;dependsOn&quot; désigne «&#xa0;%2&#xa0;», qui n&apos;est pas un programme configuré</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserverconfiguration.cpp" line="63"/>
        <source>added through the control endpoint</source>
        <translation>ajouté par le point d&apos;accès de contrôle</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserverconfiguration.cpp" line="74"/>
        <source>update needs the &quot;name&quot; of a configured program and its new &quot;program&quot; object</source>
        <translation>update demande le &quot;name&quot; d&apos;un programme configuré et son nouvel objet &quot;program&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserverconfiguration.cpp" line="91"/>
        <source>changed through the control endpoint; the changes apply at its next start</source>
        <translation>modifié par le point d&apos;accès de contrôle&#xa0;; les changements s&apos;appliquent à son prochain démarrage</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserverconfiguration.cpp" line="93"/>
        <source>changed through the control endpoint</source>
        <translation>modifié par le point d&apos;accès de contrôle</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserverconfiguration.cpp" line="102"/>
        <source>remove needs the &quot;name&quot; of a program</source>
        <translation>remove demande le &quot;name&quot; d&apos;un programme</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserverconfiguration.cpp" line="116"/>
        <source>removed through the control endpoint (left running)</source>
        <translation>supprimé par le point d&apos;accès de contrôle (laissé en marche)</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserverconfiguration.cpp" line="117"/>
        <source>removed through the control endpoint</source>
        <translation>supprimé par le point d&apos;accès de contrôle</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserverconfiguration.cpp" line="151"/>
        <source>configuration reloaded from %1: %2 added, %3 changed, %4 removed, %5 unchanged</source>
        <translation>configuration rechargée depuis %1&#xa0;: ajoutés&#xa0;: %2, modifiés&#xa0;: %3, supprimés&#xa0;: %4, inchangés&#xa0;: %5</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserverconfiguration.cpp" line="127"/>
        <source>scale needs the &quot;name&quot; of a program and its number of &quot;instances&quot;</source>
        <translation>scale demande le &quot;name&quot; d&apos;un programme et son nombre d&apos;&quot;instances&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserverevents.cpp" line="23"/>
        <source>events needs &quot;since&quot;: the number (&quot;seq&quot;) of the last event the client has, 0 for every event kept</source>
        <translation>events demande &quot;since&quot;&#xa0;: le numéro (&quot;seq&quot;) du dernier événement qu&apos;a le client, 0 pour tous les événements gardés</translation>
    </message>
    <message>
        <location filename="../src/core/remote/controlserverevents.cpp" line="28"/>
        <source>&quot;since&quot; is %1, past this launcher&apos;s last event, %2: the launcher started again since (see &quot;launcherId&quot;), take a snapshot and ask from 0</source>
        <translation>&quot;since&quot; vaut %1, au-delà du dernier événement de ce lanceur, %2&#xa0;: le lanceur a redémarré depuis (voir &quot;launcherId&quot;)&#xa0;; prenez un instantané et demandez depuis 0</translation>
    </message>
</context>
<context>
    <name>CurveKeys</name>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="61"/>
        <location filename="../src/core/remote/curvekeys.cpp" line="181"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="75"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="88"/>
        <source>cannot make the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="185"/>
        <source>%1 belongs to another user; only your own keys are used</source>
        <translation>%1 appartient à un autre utilisateur&#xa0;; seules vos propres clés sont utilisées</translation>
    </message>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="190"/>
        <source>%1 can be read by other users (mode %2); run: chmod %3 %1</source>
        <translation>%1 peut être lu par d&apos;autres utilisateurs (mode %2)&#xa0;; lancez&#xa0;: chmod %3 %1</translation>
    </message>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="208"/>
        <source>%1 holds no CURVE secret key (a line secret-key = &quot;…&quot; of 40 Z85 characters)</source>
        <translation>%1 ne contient pas de clé secrète CURVE (une ligne secret-key = &quot;…&quot; de 40 caractères Z85)</translation>
    </message>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="217"/>
        <source>%1: the secret key cannot be used</source>
        <translation>%1&#xa0;: la clé secrète est inutilisable</translation>
    </message>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="229"/>
        <source>%1 exists already; remove it first to make a new key</source>
        <translation>%1 existe déjà&#xa0;; supprimez-le d&apos;abord pour créer une nouvelle clé</translation>
    </message>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="264"/>
        <source>%1 is neither a CURVE public key (40 Z85 characters) nor a key file</source>
        <translation>%1 n&apos;est ni une clé publique CURVE (40 caractères Z85) ni un fichier de clé</translation>
    </message>
    <message>
        <location filename="../src/core/remote/curvekeys.cpp" line="274"/>
        <source>%1 holds no CURVE public key (a line public-key = &quot;…&quot;)</source>
        <translation>%1 ne contient pas de clé publique CURVE (une ligne public-key = &quot;…&quot;)</translation>
    </message>
</context>
<context>
    <name>CurveSocket</name>
    <message>
        <location filename="../src/core/remote/curvesocket.cpp" line="35"/>
        <source>cannot make the endpoint secure: %1 (libzmq needs CURVE support)</source>
        <translation>impossible de sécuriser le point d&apos;accès&#xa0;: %1 (libzmq doit prendre en charge CURVE)</translation>
    </message>
    <message>
        <location filename="../src/core/remote/curvesocket.cpp" line="51"/>
        <source>cannot set up encryption: %1 (libzmq needs CURVE support)</source>
        <translation>impossible de mettre en place le chiffrement&#xa0;: %1 (libzmq doit prendre en charge CURVE)</translation>
    </message>
</context>
<context>
    <name>DependencyConditions</name>
    <message>
        <location filename="../src/gui/programdialog/dependencyconditions.cpp" line="95"/>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/dependencyconditions.cpp" line="95"/>
        <source>Its process was launched: it is starting or running.</source>
        <translation>Son processus a été lancé&#xa0;: il démarre ou est en marche.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/dependencyconditions.cpp" line="96"/>
        <source>Ready (default)</source>
        <translation>Prêt (par défaut)</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/dependencyconditions.cpp" line="97"/>
        <source>It is running: its first heartbeat, READY=1 for a notify program, alive past its minimum uptime for a plain program; and its readiness probe passed, if it has one.</source>
        <translation>Il est en marche&#xa0;: son premier battement de cœur, READY=1 pour un programme notify, en vie au-delà de sa durée minimale d&apos;exécution pour un programme simple&#xa0;; et sa sonde de disponibilité a réussi, s&apos;il en a une.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/dependencyconditions.cpp" line="100"/>
        <source>Healthy</source>
        <translation>En bonne santé</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/dependencyconditions.cpp" line="101"/>
        <source>Its readiness probe passes now. Without a readiness probe: running, as Ready.</source>
        <translation>Sa sonde de disponibilité réussit maintenant. Sans sonde de disponibilité&#xa0;: en marche, comme Prêt.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/dependencyconditions.cpp" line="103"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/dependencyconditions.cpp" line="104"/>
        <source>It ran and exited, whatever its exit status: for a one-shot program, whose restart policy is Never.</source>
        <translation>Il a tourné puis s&apos;est terminé, quel que soit son code de sortie&#xa0;: pour un programme à exécution unique, dont la politique de redémarrage est Jamais.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/dependencyconditions.cpp" line="106"/>
        <source>Completed successfully</source>
        <translation>Terminé avec succès</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/dependencyconditions.cpp" line="107"/>
        <source>It ran and exited with 0: for a one-shot program such as a migration, whose restart policy is Never. If it fails, this program waits and says why.</source>
        <translation>Il a tourné puis s&apos;est terminé avec 0&#xa0;: pour un programme à exécution unique comme une migration, dont la politique de redémarrage est Jamais. S&apos;il échoue, ce programme attend et dit pourquoi.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/dependencyconditions.cpp" line="117"/>
        <source>What %1 must have done before this program starts. %2</source>
        <extracomment>%1 is the name of a program this one depends on; %2 what the condition means</extracomment>
        <translation>Ce que %1 doit avoir fait avant que ce programme démarre. %2</translation>
    </message>
</context>
<context>
    <name>DependencyScheduler</name>
    <message>
        <location filename="../src/core/supervision/dependencyscheduler.cpp" line="86"/>
        <source>%1 is not a configured program</source>
        <translation>%1 n’est pas un programme configuré</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/dependencyscheduler.cpp" line="91"/>
        <source>%1 has not started</source>
        <translation>%1 n’a pas démarré</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/dependencyscheduler.cpp" line="93"/>
        <source>%1 is not ready</source>
        <translation>%1 n’est pas prêt</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/dependencyscheduler.cpp" line="95"/>
        <source>%1 has not passed its readiness probe</source>
        <translation>%1 n’a pas réussi sa sonde de disponibilité</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/dependencyscheduler.cpp" line="97"/>
        <source>%1 has not completed</source>
        <translation>%1 n’est pas terminé</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/dependencyscheduler.cpp" line="101"/>
        <source>%1 failed, exit %2</source>
        <translation>%1 a échoué, code %2</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/dependencyscheduler.cpp" line="102"/>
        <source>%1 failed, killed by %2</source>
        <translation>%1 a échoué, tué par %2</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/dependencyscheduler.cpp" line="105"/>
        <source>%1 has not completed successfully</source>
        <translation>%1 ne s’est pas terminé avec succès</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/dependencyscheduler.cpp" line="153"/>
        <source>cannot start %1: it depends on &quot;%2&quot;, which is not a configured program</source>
        <translation>impossible de démarrer %1&#xa0;: il dépend de «&#xa0;%2&#xa0;», qui n&apos;est pas un programme configuré</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/dependencyscheduler.cpp" line="168"/>
        <source>waiting before starting: %1</source>
        <translation>attend avant de démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>waiting for %1 to be ready before starting</source>
        <translation type="vanished">en attente de %1 avant de démarrer</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/dependencyscheduler.cpp" line="213"/>
        <source>no longer waiting for its dependencies: stopped</source>
        <translation>n&apos;attend plus ses dépendances&#xa0;: arrêté</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation type="vanished">%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation type="vanished">%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation type="vanished">%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="vanished">%1 ms</translation>
    </message>
    <message>
        <source>code %1</source>
        <comment>exit code</comment>
        <translation type="vanished">code %1</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation type="vanished">signal %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="vanished">inconnu</translation>
    </message>
    <message>
        <source>state</source>
        <comment>event kind</comment>
        <translation type="vanished">état</translation>
    </message>
    <message>
        <source>exit</source>
        <comment>event kind</comment>
        <translation type="vanished">sortie</translation>
    </message>
    <message>
        <source>heartbeat</source>
        <comment>event kind</comment>
        <translation type="vanished">battement</translation>
    </message>
    <message>
        <source>stop</source>
        <comment>event kind</comment>
        <translation type="vanished">arrêt</translation>
    </message>
    <message>
        <source>error</source>
        <comment>event kind</comment>
        <translation type="vanished">erreur</translation>
    </message>
    <message>
        <source>protocol</source>
        <comment>event kind</comment>
        <translation type="vanished">protocole</translation>
    </message>
    <message>
        <source>ping</source>
        <comment>event kind</comment>
        <translation type="vanished">ping</translation>
    </message>
    <message>
        <source>control</source>
        <comment>event kind</comment>
        <translation type="vanished">contrôle</translation>
    </message>
    <message>
        <source>connection</source>
        <comment>event kind</comment>
        <translation type="vanished">connexion</translation>
    </message>
    <message>
        <location filename="../src/gui/details/detailspanel.cpp" line="48"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../src/gui/details/detailspanel.cpp" line="49"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../src/gui/details/detailspanel.cpp" line="50"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../src/gui/details/detailspanel.cpp" line="51"/>
        <source>Restarts</source>
        <translation>Redémarrages</translation>
    </message>
    <message>
        <location filename="../src/gui/details/detailspanel.cpp" line="53"/>
        <source>Output</source>
        <translation>Sortie du programme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Type</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="vanished">Message</translation>
    </message>
    <message>
        <location filename="../src/gui/details/detailspanel.cpp" line="72"/>
        <source>Follow its output…</source>
        <translation>Suivre sa sortie…</translation>
    </message>
    <message>
        <source>This window&apos;s event log holds the events of this host&apos;s programs only: those of %1 on %2 are not shown here.</source>
        <translation type="vanished">Le journal d&apos;événements de cette fenêtre ne contient que les événements des programmes de cet hôte&#xa0;: ceux de %1 sur %2 n&apos;y figurent pas.</translation>
    </message>
    <message>
        <location filename="../src/gui/details/detailspanel.cpp" line="258"/>
        <source>%1 writes its output on %2, which sends it on request: it is followed in a window of its own.</source>
        <translation>%1 écrit sa sortie sur %2, qui l&apos;envoie à la demande&#xa0;: elle est suivie dans une fenêtre à part.</translation>
    </message>
    <message>
        <location filename="../src/gui/details/detailspanel.cpp" line="267"/>
        <source>No program selected</source>
        <translation>Aucun programme sélectionné</translation>
    </message>
    <message>
        <location filename="../src/gui/details/detailspanel.cpp" line="268"/>
        <source>Select a program in the table to see its charts, settings, events, restarts and output.</source>
        <translation>Sélectionnez un programme dans le tableau pour voir ses graphiques, ses réglages, ses événements, ses redémarrages et sa sortie.</translation>
    </message>
    <message>
        <location filename="../src/gui/details/detailspanel.cpp" line="276"/>
        <source>%1 on %2</source>
        <extracomment>%1 is a program&apos;s name, %2 its host&apos;s</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/gui/details/detailspanel.cpp" line="280"/>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <location filename="../src/gui/details/detailspanel.cpp" line="289"/>
        <source>No exit seen since the launcher started.</source>
        <translation>Aucune sortie vue depuis le démarrage du lanceur.</translation>
    </message>
    <message>
        <location filename="../src/gui/details/detailspanel.cpp" line="292"/>
        <source>Last exit: %1 at %2</source>
        <translation>Dernière sortie&#xa0;: %1 à %2</translation>
    </message>
    <message>
        <location filename="../src/gui/details/detailspanel.cpp" line="294"/>
        <source>why?</source>
        <translation>pourquoi&#xa0;?</translation>
    </message>
</context>
<context>
    <name>DotEnv</name>
    <message>
        <location filename="../src/core/model/dotenv.cpp" line="109"/>
        <source>the value of %1 contains a NUL character</source>
        <translation>la valeur de %1 contient un caractère NUL</translation>
    </message>
    <message>
        <location filename="../src/core/model/dotenv.cpp" line="133"/>
        <source>expected NAME=value, got %1</source>
        <translation>NAME=value attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/model/dotenv.cpp" line="137"/>
        <source>%1 is not a valid variable name: letters, digits and &apos;_&apos;, not starting with a digit</source>
        <translation>%1 n&apos;est pas un nom de variable valide&#xa0;: des lettres, des chiffres et «&#xa0;_&#xa0;», sans chiffre au début</translation>
    </message>
    <message>
        <location filename="../src/core/model/dotenv.cpp" line="152"/>
        <source>the single quote is not closed on its line (only double-quoted values may span lines)</source>
        <translation>l&apos;apostrophe n&apos;est pas refermée sur sa ligne (seules les valeurs entre guillemets doubles peuvent s&apos;étendre sur plusieurs lignes)</translation>
    </message>
    <message>
        <location filename="../src/core/model/dotenv.cpp" line="191"/>
        <source>the double quote is never closed</source>
        <translation>le guillemet double n&apos;est jamais refermé</translation>
    </message>
    <message>
        <location filename="../src/core/model/dotenv.cpp" line="214"/>
        <source>unexpected %1 after the closing quote</source>
        <translation>%1 inattendu après le guillemet fermant</translation>
    </message>
    <message>
        <location filename="../src/core/model/dotenv.cpp" line="253"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/core/model/dotenv.cpp" line="271"/>
        <source>the env file %1 does not exist</source>
        <translation>le fichier d&apos;environnement %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../src/core/model/dotenv.cpp" line="276"/>
        <source>the env file %1 is not a file</source>
        <translation>le fichier d&apos;environnement %1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location filename="../src/core/model/dotenv.cpp" line="280"/>
        <location filename="../src/core/model/dotenv.cpp" line="292"/>
        <source>the env file %1 is larger than 1 MiB</source>
        <translation>le fichier d&apos;environnement %1 dépasse 1&#xa0;Mio</translation>
    </message>
    <message>
        <location filename="../src/core/model/dotenv.cpp" line="286"/>
        <source>cannot read the env file %1: %2</source>
        <translation>impossible de lire le fichier d&apos;environnement %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="42"/>
        <source>state</source>
        <comment>event kind</comment>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="44"/>
        <source>exit</source>
        <comment>event kind</comment>
        <translation>sortie</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="46"/>
        <source>heartbeat</source>
        <comment>event kind</comment>
        <translation>battement</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="48"/>
        <source>stop</source>
        <comment>event kind</comment>
        <translation>arrêt</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="50"/>
        <source>error</source>
        <comment>event kind</comment>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="52"/>
        <source>protocol</source>
        <comment>event kind</comment>
        <translation>protocole</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="54"/>
        <source>ping</source>
        <comment>event kind</comment>
        <translation>ping</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="56"/>
        <source>control</source>
        <comment>event kind</comment>
        <translation>contrôle</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="58"/>
        <source>connection</source>
        <comment>event kind</comment>
        <translation>connexion</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="60"/>
        <source>notify</source>
        <comment>event kind</comment>
        <translation>notify</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="62"/>
        <source>probe</source>
        <comment>event kind</comment>
        <translation>sonde</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="71"/>
        <source>A change of the program&apos;s lifecycle state</source>
        <translation>Un changement d&apos;état du programme</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="73"/>
        <source>An instance ended: its exit code or signal</source>
        <translation>Une instance s&apos;est terminée&#xa0;: son code de sortie ou son signal</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="75"/>
        <source>A heartbeat received from the program</source>
        <translation>Un battement de cœur reçu du programme</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="77"/>
        <source>A stop or a kill: stop request, SIGTERM, SIGKILL</source>
        <translation>Un arrêt ou un arrêt forcé&#xa0;: demande d&apos;arrêt, SIGTERM, SIGKILL</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="79"/>
        <source>Something failed: a launch, a file, a socket</source>
        <translation>Un échec&#xa0;: un lancement, un fichier, un socket</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="81"/>
        <source>A malformed or unexpected message, dropped</source>
        <translation>Un message malformé ou inattendu, ignoré</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="83"/>
        <source>The answer to a ping on demand (Program ▸ Ping), and its round trip</source>
        <translation>La réponse à un ping à la demande (Programme ▸ Envoyer un ping) et son temps d&apos;aller-retour</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="86"/>
        <source>An action asked of the launcher through its control endpoint (zlauncherctl)</source>
        <translation>Une action demandée au lanceur par son point d&apos;accès de contrôle (zlauncherctl)</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="89"/>
        <source>A peer connecting to or disconnecting from the launcher</source>
        <translation>Un pair qui se connecte au lanceur ou s&apos;en déconnecte</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="91"/>
        <source>What a program said over systemd&apos;s notify protocol (sd_notify), or a datagram that was dropped</source>
        <translation>Ce qu&apos;un programme a dit par le protocole de notification de systemd (sd_notify), ou un datagramme rejeté</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="94"/>
        <source>A health probe that failed, passes again, or was skipped because the last check was still running</source>
        <translation>Une sonde de santé en échec, de nouveau réussie, ou sautée parce que la vérification précédente n’était pas finie</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="177"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="179"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="181"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="183"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="216"/>
        <source>The launcher itself</source>
        <translation>Le lanceur lui-même</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="219"/>
        <source>The launcher on %1</source>
        <extracomment>%1 is a program&apos;s name, %2 its host&apos;s</extracomment>
        <translation>Le lanceur de %1</translation>
    </message>
    <message>
        <location filename="../src/gui/models/eventlogmodel.cpp" line="220"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Cannot write file %1: %2</source>
        <translation type="vanished">Impossible d&apos;écrire le fichier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EventPublisher</name>
    <message>
        <location filename="../src/core/remote/eventpublisher.cpp" line="37"/>
        <source>cannot publish events on %1: %2</source>
        <translation>impossible de publier les événements sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../src/gui/details/eventspage.cpp" line="25"/>
        <source>This program&apos;s recent events, newest first</source>
        <translation>Les événements récents de ce programme, les plus récents en premier</translation>
    </message>
</context>
<context>
    <name>ExecProbeCheck</name>
    <message>
        <location filename="../src/core/os/execprobecheck.cpp" line="23"/>
        <source>still running after %1 ms; killed</source>
        <translation>toujours en cours après %1 ms&#xa0;; tuée</translation>
    </message>
    <message>
        <location filename="../src/core/os/execprobecheck.cpp" line="41"/>
        <source>%1 was not found in PATH</source>
        <translation>%1 est introuvable dans le PATH</translation>
    </message>
    <message>
        <location filename="../src/core/os/execprobecheck.cpp" line="47"/>
        <source>cannot make a pipe: %1</source>
        <translation>impossible de créer un tube&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/os/execprobecheck.cpp" line="65"/>
        <source>cannot run %1: %2</source>
        <translation>impossible d’exécuter %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/execprobecheck.cpp" line="117"/>
        <source>exit %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <location filename="../src/core/os/execprobecheck.cpp" line="118"/>
        <source>killed by %1</source>
        <translation>tuée par %1</translation>
    </message>
    <message>
        <location filename="../src/core/os/execprobecheck.cpp" line="120"/>
        <source>%1: %2</source>
        <comment>exit status: first line of output</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExitStatus</name>
    <message>
        <location filename="../src/core/model/exitstatus.cpp" line="19"/>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="41"/>
        <location filename="../src/gui/window/fileactions.cpp" line="71"/>
        <location filename="../src/gui/window/fileactions.cpp" line="87"/>
        <source>The configuration was not saved</source>
        <translation>La configuration n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="49"/>
        <source>Programs are running</source>
        <translation>Des programmes sont en marche</translation>
    </message>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="50"/>
        <source>Stop every program (Program ▸ Stop all) before opening another configuration.</source>
        <translation>Arrêtez tous les programmes (Programme ▸ Tout arrêter) avant d&apos;ouvrir une autre configuration.</translation>
    </message>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="55"/>
        <source>Open configuration</source>
        <translation>Ouvrir une configuration</translation>
    </message>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="56"/>
        <location filename="../src/gui/window/fileactions.cpp" line="81"/>
        <source>zlauncher configuration (*.json);;All files (*)</source>
        <translation>Configuration zlauncher (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="74"/>
        <location filename="../src/gui/window/fileactions.cpp" line="91"/>
        <source>Saved %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="80"/>
        <source>Save configuration as</source>
        <translation>Enregistrer la configuration sous</translation>
    </message>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="96"/>
        <source>Import another supervisor&apos;s file</source>
        <translation>Importer le fichier d&apos;un autre superviseur</translation>
    </message>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="98"/>
        <source>Supervisors&apos; files (Procfile* *.conf *.ini *.yaml *.yml *.json);;All files (*)</source>
        <translation>Fichiers de superviseurs (Procfile* *.conf *.ini *.yaml *.yml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="109"/>
        <source>The file was not imported</source>
        <translation>Le fichier n&apos;a pas été importé</translation>
    </message>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="119"/>
        <source>Some programs were not added</source>
        <translation>Des programmes n&apos;ont pas été ajoutés</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/fileactions.cpp" line="123"/>
        <source>Imported %n program(s) from %1</source>
        <translation>
            <numerusform>%n programme importé de %1</numerusform>
            <numerusform>%n programmes importés de %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="159"/>
        <source>%1 was not added: it depends on a program that was not</source>
        <translation>%1 n&apos;a pas été ajouté&#xa0;: il dépend d&apos;un programme qui ne l&apos;a pas été</translation>
    </message>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="173"/>
        <source>Export table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="174"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="185"/>
        <source>The table was not exported</source>
        <translation>Le tableau n&apos;a pas été exporté</translation>
    </message>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="189"/>
        <source>Exported 1 program to %1</source>
        <translation>1 programme exporté dans %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/fileactions.cpp" line="190"/>
        <source>Exported %n programs to %1</source>
        <translation>
            <numerusform>%n programme exporté dans %1</numerusform>
            <numerusform>%n programmes exportés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="204"/>
        <source>The file was kept as %1 and a new, empty configuration was started.</source>
        <translation>Le fichier a été conservé sous le nom %1 et une nouvelle configuration vide a été créée.</translation>
    </message>
    <message>
        <location filename="../src/gui/window/fileactions.cpp" line="207"/>
        <source>The configuration could not be used</source>
        <translation>La configuration n&apos;a pas pu être utilisée</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../src/gui/formatting.cpp" line="25"/>
        <location filename="../src/gui/formatting.cpp" line="45"/>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <location filename="../src/gui/formatting.cpp" line="28"/>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <location filename="../src/gui/formatting.cpp" line="33"/>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <location filename="../src/gui/formatting.cpp" line="37"/>
        <source>%1 d %2 h</source>
        <comment>duration</comment>
        <translation>%1&#xa0;j %2&#xa0;h</translation>
    </message>
    <message>
        <location filename="../src/gui/formatting.cpp" line="53"/>
        <source>%1 ago</source>
        <comment>age: a duration</comment>
        <translation>il y a %1</translation>
    </message>
    <message>
        <location filename="../src/gui/formatting.cpp" line="59"/>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <location filename="../src/gui/formatting.cpp" line="68"/>
        <source>code %1</source>
        <comment>exit code</comment>
        <translation>code %1</translation>
    </message>
    <message>
        <location filename="../src/gui/formatting.cpp" line="73"/>
        <source>unknown</source>
        <comment>exit status</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../src/gui/formatting.cpp" line="79"/>
        <source>Has not exited since the launcher started</source>
        <translation>Ne s&apos;est pas terminé depuis le démarrage du lanceur</translation>
    </message>
    <message>
        <location filename="../src/gui/formatting.cpp" line="83"/>
        <source>Exited with code %1</source>
        <translation>Terminé avec le code %1</translation>
    </message>
    <message>
        <location filename="../src/gui/formatting.cpp" line="86"/>
        <source>Killed by signal %1 (%2)</source>
        <translation>Tué par le signal %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/formatting.cpp" line="90"/>
        <source>Exited; its status is unknown because it was not started by this launcher</source>
        <translation>Terminé&#xa0;; son statut de sortie est inconnu car il n&apos;a pas été lancé par ce lanceur</translation>
    </message>
    <message>
        <location filename="../src/gui/formatting.cpp" line="97"/>
        <source>%1 %</source>
        <comment>percent of one processor core</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../src/gui/formatting.cpp" line="109"/>
        <source>%1 B</source>
        <comment>bytes</comment>
        <translation>%1&#xa0;o</translation>
    </message>
    <message>
        <location filename="../src/gui/formatting.cpp" line="113"/>
        <source>%1 KiB</source>
        <comment>kibibytes</comment>
        <translation>%1&#xa0;Kio</translation>
    </message>
    <message>
        <location filename="../src/gui/formatting.cpp" line="117"/>
        <source>%1 MiB</source>
        <comment>mebibytes</comment>
        <translation>%1&#xa0;Mio</translation>
    </message>
    <message>
        <location filename="../src/gui/formatting.cpp" line="120"/>
        <source>%1 GiB</source>
        <comment>gibibytes</comment>
        <translation>%1&#xa0;Gio</translation>
    </message>
    <message>
        <location filename="../src/gui/formatting.cpp" line="142"/>
        <source>Cannot write file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HeartbeatBus</name>
    <message>
        <location filename="../src/core/zmq/heartbeatbus.cpp" line="37"/>
        <source>cannot listen for heartbeats on %1: %2</source>
        <translation>impossible d&apos;écouter les battements de cœur sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HeartbeatRouter</name>
    <message>
        <location filename="../src/core/supervision/heartbeatrouter.cpp" line="60"/>
        <source>also listening for heartbeats on %1 (configured; outside the private runtime directory, anyone who can reach it can send heartbeats)</source>
        <translation>écoute aussi les battements de cœur sur %1 (configuré&#xa0;; hors du répertoire d&apos;exécution privé, quiconque peut l&apos;atteindre peut envoyer des battements)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/heartbeatrouter.cpp" line="96"/>
        <source>it never connected to the heartbeat endpoint %1: check that it publishes to $ZLAUNCHER_HEARTBEAT</source>
        <translation>il ne s&apos;est jamais connecté au point d&apos;accès des battements %1&#xa0;: vérifiez qu&apos;il publie vers $ZLAUNCHER_HEARTBEAT</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/heartbeatrouter.cpp" line="153"/>
        <source>connected to %1 (pid %2)</source>
        <translation>connecté à %1 (pid %2)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/heartbeatrouter.cpp" line="164"/>
        <source>a process that is not a supervised program connected to %1 (pid %2%3)</source>
        <translation>un processus qui n&apos;est pas un programme supervisé s&apos;est connecté à %1 (pid %2%3)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/heartbeatrouter.cpp" line="168"/>
        <source>a process connected to %1</source>
        <translation>un processus s&apos;est connecté à %1</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/heartbeatrouter.cpp" line="178"/>
        <source>disconnected from %1 (pid %2)</source>
        <translation>déconnecté de %1 (pid %2)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/heartbeatrouter.cpp" line="179"/>
        <source>a process disconnected from %1</source>
        <translation>un processus s&apos;est déconnecté de %1</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/heartbeatrouter.cpp" line="219"/>
        <source>dropped %1 malformed heartbeat messages (%2); %3 dropped in all</source>
        <translation>%1 messages de battement malformés rejetés (%2)&#xa0;; %3 rejetés au total</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/heartbeatrouter.cpp" line="233"/>
        <source>heartbeats from more than %1 unknown names; no longer reporting new ones</source>
        <translation>battements de cœur provenant de plus de %1 noms inconnus&#xa0;; les nouveaux ne sont plus signalés</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/heartbeatrouter.cpp" line="238"/>
        <source>heartbeat from &quot;%1&quot;, which is not a configured program; ignored (reported once)</source>
        <translation>battement de cœur de «&#xa0;%1&#xa0;», qui n&apos;est pas un programme configuré&#xa0;; ignoré (signalé une seule fois)</translation>
    </message>
</context>
<context>
    <name>HostActions</name>
    <message>
        <source>%1 does not answer</source>
        <translation type="vanished">%1 ne répond pas</translation>
    </message>
    <message>
        <source>%1: its programs are shown greyed, as it last said; they go on running there, and the window follows them again when it answers.</source>
        <translation type="vanished">%1&#xa0;: ses programmes sont affichés en gris, tels qu&apos;il les a décrits en dernier&#xa0;; ils continuent d&apos;y tourner, et la fenêtre les suit de nouveau dès qu&apos;il répond.</translation>
    </message>
    <message>
        <location filename="../src/gui/window/hostactions.cpp" line="65"/>
        <source>%1 does not answer since %2</source>
        <translation>%1 ne répond plus depuis %2</translation>
    </message>
    <message>
        <location filename="../src/gui/window/hostactions.cpp" line="67"/>
        <source>Its rows are greyed until it answers; its programs go on running there.</source>
        <translation>Ses lignes restent grisées jusqu&apos;à ce qu&apos;il réponde&#xa0;; ses programmes continuent d&apos;y tourner.</translation>
    </message>
    <message>
        <location filename="../src/gui/window/hostactions.cpp" line="83"/>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <location filename="../src/gui/window/hostactions.cpp" line="86"/>
        <source>followed</source>
        <translation>suivi</translation>
    </message>
    <message>
        <location filename="../src/gui/window/hostactions.cpp" line="93"/>
        <source>%1 (%2): %3</source>
        <comment>host, endpoint, state</comment>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/hostactions.cpp" line="97"/>
        <source>Hosts: %1 of %n answer</source>
        <translation>
            <numerusform>Hôtes&#xa0;: %1 sur %n répond</numerusform>
            <numerusform>Hôtes&#xa0;: %1 sur %n répondent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/window/hostactions.cpp" line="122"/>
        <source>No host can be followed</source>
        <translation>Aucun hôte ne peut être suivi</translation>
    </message>
    <message>
        <location filename="../src/gui/window/hostactions.cpp" line="134"/>
        <source>The host was not added</source>
        <translation>L&apos;hôte n&apos;a pas été ajouté</translation>
    </message>
    <message>
        <location filename="../src/gui/window/hostactions.cpp" line="138"/>
        <source>Following %1 at %2</source>
        <translation>Suivi de %1 à %2</translation>
    </message>
    <message>
        <location filename="../src/gui/window/hostactions.cpp" line="148"/>
        <source>Disconnect from %1</source>
        <translation>Se déconnecter de %1</translation>
    </message>
    <message>
        <location filename="../src/gui/window/hostactions.cpp" line="149"/>
        <source>Stop following %1 and forget it? Its programs go on running there; File ▸ Connect to host… follows it again.</source>
        <translation>Cesser de suivre %1 et l&apos;oublier&#xa0;? Ses programmes continuent d&apos;y tourner&#xa0;; Fichier ▸ Se connecter à un hôte… le suit de nouveau.</translation>
    </message>
    <message>
        <location filename="../src/gui/window/hostactions.cpp" line="156"/>
        <source>The host was not forgotten</source>
        <translation>L&apos;hôte n&apos;a pas été oublié</translation>
    </message>
</context>
<context>
    <name>HostList</name>
    <message>
        <location filename="../src/core/remote/hostlist.cpp" line="29"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/remote/hostlist.cpp" line="35"/>
        <source>%1 is not a host list ({&quot;hosts&quot;: [{&quot;name&quot;, &quot;endpoint&quot;, &quot;serverKey&quot;}]}): %2</source>
        <translation>%1 n&apos;est pas une liste d&apos;hôtes ({&quot;hosts&quot;: [{&quot;name&quot;, &quot;endpoint&quot;, &quot;serverKey&quot;}]})&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/remote/hostlist.cpp" line="40"/>
        <source>no &quot;hosts&quot; array</source>
        <translation>pas de tableau «&#xa0;hosts&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/remote/hostlist.cpp" line="49"/>
        <source>%1, host %2: %3</source>
        <translation>%1, hôte %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/core/remote/hostlist.cpp" line="71"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/remote/hostlist.cpp" line="84"/>
        <source>&quot;%1&quot; is not a host name (1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte (1 à 64 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../src/core/remote/hostlist.cpp" line="88"/>
        <source>&quot;local&quot; is the name of this host&apos;s own launcher</source>
        <translation>«&#xa0;local&#xa0;» est le nom du lanceur de cet hôte</translation>
    </message>
    <message>
        <location filename="../src/core/remote/hostlist.cpp" line="92"/>
        <source>&quot;%1&quot; is not an agent&apos;s address; give tcp://HOST:PORT</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;adresse d&apos;un agent&#xa0;; donnez tcp://HÔTE:PORT</translation>
    </message>
    <message>
        <location filename="../src/core/remote/hostlist.cpp" line="95"/>
        <source>&quot;%1&quot; is not a CURVE public key (40 Z85 characters)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une clé publique CURVE (40 caractères Z85)</translation>
    </message>
    <message>
        <location filename="../src/core/remote/hostlist.cpp" line="99"/>
        <source>there is a host named %1 already</source>
        <translation>il existe déjà un hôte nommé %1</translation>
    </message>
</context>
<context>
    <name>HttpProbeCheck</name>
    <message>
        <location filename="../src/core/os/netprobecheck.cpp" line="40"/>
        <source>no answer within %1 ms</source>
        <translation>pas de réponse en %1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/os/netprobecheck.cpp" line="81"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/core/os/netprobecheck.cpp" line="83"/>
        <source>%1: %2</source>
        <comment>HTTP status: first line of the body</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../src/gui/window/importdialog.cpp" line="25"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../src/gui/window/importdialog.cpp" line="25"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../src/gui/window/importdialog.cpp" line="26"/>
        <source>Became, or why not</source>
        <translation>Devenue, ou pourquoi pas</translation>
    </message>
    <message>
        <location filename="../src/gui/window/importdialog.cpp" line="40"/>
        <source>(file)</source>
        <translation>(fichier)</translation>
    </message>
    <message>
        <location filename="../src/gui/window/importdialog.cpp" line="45"/>
        <source>Not mapped</source>
        <translation>Non reprise</translation>
    </message>
    <message>
        <location filename="../src/gui/window/importdialog.cpp" line="45"/>
        <source>Mapped</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <location filename="../src/gui/window/importdialog.cpp" line="61"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/importdialog.cpp" line="71"/>
        <source>%n program(s) read from %1 (%2).</source>
        <translation>
            <numerusform>%n programme lu dans %1 (%2).</numerusform>
            <numerusform>%n programmes lus dans %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/importdialog.cpp" line="76"/>
        <source>%n key(s) could not be mapped: they are listed first.</source>
        <translation>
            <numerusform>%n clé n&apos;a pas pu être reprise&#xa0;: elle est en tête de liste.</numerusform>
            <numerusform>%n clés n&apos;ont pas pu être reprises&#xa0;: elles sont en tête de liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/window/importdialog.cpp" line="81"/>
        <source>Not added, a program has the name already: %1.</source>
        <translation>Non ajoutés, un programme porte déjà ce nom&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/window/importdialog.cpp" line="96"/>
        <source>%1: %2</source>
        <comment>a key: what it became</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/window/importdialog.cpp" line="102"/>
        <source>&amp;Start the programs that start automatically</source>
        <translation>&amp;Démarrer les programmes à démarrage automatique</translation>
    </message>
    <message>
        <location filename="../src/gui/window/importdialog.cpp" line="104"/>
        <source>Start at once every added program whose autostart is on, as the launcher does when it opens</source>
        <translation>Démarrer aussitôt chaque programme ajouté dont le démarrage automatique est activé, comme le fait le lanceur à son ouverture</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/importdialog.cpp" line="110"/>
        <source>&amp;Add %n program(s)</source>
        <translation>
            <numerusform>&amp;Ajouter %n programme</numerusform>
            <numerusform>&amp;Ajouter %n programmes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/window/importdialog.cpp" line="111"/>
        <source>Add the programs to this configuration, which is saved with them</source>
        <translation>Ajouter les programmes à cette configuration, qui est enregistrée avec eux</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../src/core/import/importer.cpp" line="81"/>
        <source>another program is named &quot;%1&quot; already; this one is &quot;%2&quot;</source>
        <translation>un autre programme s&apos;appelle déjà « %1 »&#xa0;; celui-ci s&apos;appelle « %2 »</translation>
    </message>
    <message>
        <location filename="../src/core/import/importer.cpp" line="96"/>
        <source>(the program)</source>
        <translation>(le programme)</translation>
    </message>
    <message>
        <location filename="../src/core/import/importer.cpp" line="97"/>
        <source>left out: %1</source>
        <translation>écarté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/import/importer.cpp" line="107"/>
        <source>(variables)</source>
        <translation>(variables)</translation>
    </message>
    <message>
        <location filename="../src/core/import/importer.cpp" line="108"/>
        <source>zlauncher will refuse it until this is fixed: %1</source>
        <translation>zlauncher le refusera tant que ceci ne sera pas corrigé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/import/importer.cpp" line="124"/>
        <source>&quot;%1&quot; is not among the imported programs; the dependency is dropped</source>
        <translation>« %1 » ne fait pas partie des programmes importés&#xa0;; la dépendance est supprimée</translation>
    </message>
    <message>
        <location filename="../src/core/import/importer.cpp" line="174"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/import/importer.cpp" line="182"/>
        <source>cannot tell which tool %1 is for; give --format procfile, supervisord, process-compose or pm2</source>
        <translation>impossible de savoir à quel outil %1 est destiné&#xa0;; précisez --format procfile, supervisord, process-compose ou pm2</translation>
    </message>
    <message>
        <location filename="../src/core/import/importer.cpp" line="212"/>
        <source>%1: the imported programs depend on each other in a cycle: %2</source>
        <translation>%1&#xa0;: les programmes importés dépendent les uns des autres en cycle&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the imported programs do not make a valid configuration: %2</source>
        <translation type="vanished">%1&#xa0;: les programmes importés ne forment pas une configuration valide&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/importer.cpp" line="223"/>
        <source>Imported %n program(s) from %1 (%2).</source>
        <translation>
            <numerusform>%n programme importé de %1 (%2).</numerusform>
            <numerusform>%n programmes importés de %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/import/importer.cpp" line="241"/>
        <source>Mapped:</source>
        <translation>Repris&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/importer.cpp" line="242"/>
        <source>Not mapped (%n key(s)):</source>
        <translation>
            <numerusform>Non repris (%n clé)&#xa0;:</numerusform>
            <numerusform>Non repris (%n clés)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2values.cpp" line="21"/>
        <source>Node.js cluster mode is PM2&apos;s own; each instance runs as a program of its own</source>
        <translation>le mode cluster de Node.js est propre à PM2&#xa0;; chaque instance devient un programme à part</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2values.cpp" line="25"/>
        <source>zlauncher does not restart on file changes</source>
        <translation>zlauncher ne redémarre pas sur modification de fichiers</translation>
    </message>
    <message>
        <source>memory limits are not supported yet</source>
        <translation type="vanished">les limites de mémoire ne sont pas encore prises en charge</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2values.cpp" line="28"/>
        <source>zlauncher does not restart on a schedule</source>
        <translation>zlauncher ne redémarre pas selon un calendrier</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2values.cpp" line="31"/>
        <source>the environment of &quot;pm2 start --env %1&quot;; only &quot;env&quot; is used</source>
        <translation>l&apos;environnement de « pm2 start --env %1 »&#xa0;; seul « env » est utilisé</translation>
    </message>
    <message>
        <location filename="../src/core/import/importnotes.cpp" line="47"/>
        <source>zlauncher keeps each program&apos;s output in its own log (Details ▸ Output)</source>
        <translation>zlauncher garde la sortie de chaque programme dans son propre journal (Détails ▸ Sortie)</translation>
    </message>
    <message>
        <location filename="../src/core/import/importnotes.cpp" line="42"/>
        <source>not supported by zlauncher</source>
        <translation>non pris en charge par zlauncher</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="245"/>
        <source>must be %1 (got %2); left as zlauncher&apos;s default</source>
        <translation>doit être %1 (reçu %2)&#xa0;; la valeur par défaut de zlauncher est gardée</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="36"/>
        <source>app %1 has no &quot;script&quot;</source>
        <translation>l&apos;application %1 n&apos;a pas de « script »</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="339"/>
        <source>&quot;instances&quot;: %1, replicas %2 … %3, each with %4 and ZLAUNCHER_INSTANCE_INDEX</source>
        <translation>&quot;instances&quot;&#xa0;: %1, répliques %2 … %3, chacune avec %4 et ZLAUNCHER_INSTANCE_INDEX</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="366"/>
        <source>one program, with %1=0 and ZLAUNCHER_INSTANCE_INDEX=0</source>
        <translation>un programme, avec %1=0 et ZLAUNCHER_INSTANCE_INDEX=0</translation>
    </message>
    <message>
        <source>%1 programs %2 … %3, each with %4 and ZLAUNCHER_INSTANCE_INDEX</source>
        <translation type="vanished">%1 programmes %2 … %3, chacun avec %4 et ZLAUNCHER_INSTANCE_INDEX</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="376"/>
        <source>%1 from %2, one more for each program</source>
        <translation>%1 à partir de %2, un de plus pour chaque programme</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="115"/>
        <source>app &quot;%1&quot;: &quot;cwd&quot; must be a string (got %2)</source>
        <translation>application « %1 »&#xa0;: « cwd » doit être une chaîne (reçu %2)</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="127"/>
        <source>app &quot;%1&quot;: &quot;env&quot; must be an object (got %2)</source>
        <translation>application « %1 »&#xa0;: « env » doit être un objet (reçu %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/importnotes.cpp" line="31"/>
        <source>environment (%n variable(s))</source>
        <translation>
            <numerusform>environnement (%n variable)</numerusform>
            <numerusform>environnement (%n variables)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="148"/>
        <source>%1 on this machine (%2 CPUs)</source>
        <translation>%1 sur cette machine (%2 processeurs)</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="157"/>
        <source>a number of bytes, or one with K, M or G</source>
        <translation>un nombre d&apos;octets, ou un nombre suivi de K, M ou G</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="162"/>
        <source>maxMemoryMiB: %1 (restarted after %2 samples above it in a row, one a second: a single spike is forgiven)</source>
        <translation>maxMemoryMiB&#xa0;: %1 (redémarré après %2 échantillons de suite au-dessus, un par seconde&#xa0;: un pic isolé est pardonné)</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="199"/>
        <source>maxRestarts: %1 (within restartWindowMs, %2 ms)</source>
        <translation>maxRestarts&#xa0;: %1 (dans restartWindowMs, %2 ms)</translation>
    </message>
    <message>
        <location filename="../src/core/import/importnotes.cpp" line="53"/>
        <source>zlauncher backs off on its own (1 s doubling to 30 s)</source>
        <translation>zlauncher espace les redémarrages de lui-même (1 s, doublé jusqu&apos;à 30 s)</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="235"/>
        <source>milliseconds</source>
        <translation>des millisecondes</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="257"/>
        <source>bash -c, as PM2 runs a script with a space in it</source>
        <translation>bash -c, comme PM2 lance un script qui contient une espace</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="290"/>
        <source>app &quot;%1&quot;: &quot;args&quot; must be a string or a list of strings (got %2)</source>
        <translation>application « %1 »&#xa0;: « args » doit être une chaîne ou une liste de chaînes (reçu %2)</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="313"/>
        <source>program &quot;%1&quot;</source>
        <translation>programme « %1 »</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="314"/>
        <source>program &quot;%1&quot; running %2 (%3)</source>
        <translation>programme « %1 » qui exécute %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="316"/>
        <source>its &quot;interpreter&quot;</source>
        <translation>son « interpreter »</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="317"/>
        <source>PM2&apos;s interpreter for it</source>
        <translation>l&apos;interpréteur que PM2 lui choisit</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/pm2appreader.cpp" line="320"/>
        <source>%n argument(s)</source>
        <translation>
            <numerusform>%n argument</numerusform>
            <numerusform>%n arguments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2importer.cpp" line="66"/>
        <source>%1 is JavaScript, which zlauncher does not run; write it as JSON first: node -e &apos;console.log(JSON.stringify(require(&quot;./%1&quot;), null, 2))&apos; &gt; ecosystem.json</source>
        <translation>%1 est du JavaScript, que zlauncher n&apos;exécute pas&#xa0;; convertissez-le d&apos;abord en JSON&#xa0;: node -e &apos;console.log(JSON.stringify(require(&quot;./%1&quot;), null, 2))&apos; &gt; ecosystem.json</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2importer.cpp" line="90"/>
        <source>%1:%2: %3; PM2 reads this file as JavaScript, zlauncher as JSON: convert it with node -e &apos;console.log(JSON.stringify(eval(&quot;(&quot; + require(&quot;fs&quot;).readFileSync(&quot;%1&quot;, &quot;utf8&quot;) + &quot;)&quot;), null, 2))&apos;</source>
        <translation>%1:%2&#xa0;: %3&#xa0;; PM2 lit ce fichier comme du JavaScript, zlauncher comme du JSON&#xa0;: convertissez-le avec node -e &apos;console.log(JSON.stringify(eval(&quot;(&quot; + require(&quot;fs&quot;).readFileSync(&quot;%1&quot;, &quot;utf8&quot;) + &quot;)&quot;), null, 2))&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2appreader.cpp" line="368"/>
        <source>%1 programs %2 … %3, each with %4 and ZLAUNCHER_INSTANCE_INDEX: increment_var needs a value of its own in each</source>
        <translation>%1 programmes %2 … %3, chacun avec %4 et ZLAUNCHER_INSTANCE_INDEX&#xa0;: increment_var demande une valeur propre à chacun</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2importer.cpp" line="115"/>
        <source>zlauncher does not deploy</source>
        <translation>zlauncher ne fait pas de déploiement</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2importer.cpp" line="126"/>
        <source>%1: expected {&quot;apps&quot;: [...]}, a list of apps, or one app</source>
        <translation>%1&#xa0;: attendu {&quot;apps&quot;: [...]}, une liste d&apos;applications, ou une application</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2importer.cpp" line="137"/>
        <source>%1: app #%2 must be an object (got %3)</source>
        <translation>%1&#xa0;: l&apos;application n°%2 doit être un objet (reçu %3)</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2importer.cpp" line="179"/>
        <source>(PM2&apos;s defaults)</source>
        <translation>(valeurs par défaut de PM2)</translation>
    </message>
    <message>
        <location filename="../src/core/import/pm2importer.cpp" line="180"/>
        <source>where an app does not set them, kill_timeout 1600 and max_restarts 16: stopGraceMs: 1600, maxRestarts: 16 (PM2 stops with SIGINT, zlauncher with SIGTERM)</source>
        <translation>quand une application ne les donne pas, kill_timeout 1600 et max_restarts 16&#xa0;: stopGraceMs&#xa0;: 1600, maxRestarts&#xa0;: 16 (PM2 arrête avec SIGINT, zlauncher avec SIGTERM)</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposeyaml.cpp" line="23"/>
        <source>(a key without a name, line %1)</source>
        <translation>(une clé sans nom, ligne %1)</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposeyaml.cpp" line="31"/>
        <source>&quot;%1&quot; must be a single value</source>
        <translation>« %1 » doit être une valeur unique</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposeyaml.cpp" line="43"/>
        <source>&quot;%1&quot; must be a number (got &quot;%2&quot;)</source>
        <translation>« %1 » doit être un nombre (reçu « %2 »)</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposeyaml.cpp" line="59"/>
        <source>&quot;environment&quot; must be a list of NAME=value</source>
        <translation>« environment » doit être une liste de NOM=valeur</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposeyaml.cpp" line="66"/>
        <source>&quot;environment&quot; entries must be NAME=value (got &quot;%1&quot;)</source>
        <translation>les entrées de « environment » doivent être NOM=valeur (reçu « %1 »)</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereader.cpp" line="80"/>
        <source>process &quot;%1&quot; must have a &quot;command&quot;</source>
        <translation>le processus « %1 » doit avoir une « command »</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereader.cpp" line="84"/>
        <source>&quot;command&quot; wins over it, as in process-compose</source>
        <translation>« command » l&apos;emporte, comme dans process-compose</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereader.cpp" line="106"/>
        <source>absent: restart: never, as process-compose runs it once</source>
        <translation>absente&#xa0;: restart: never, car process-compose le lance une seule fois</translation>
    </message>
    <message>
        <source>%1 programs %2 … %3, each with PC_REPLICA_NUM and ZLAUNCHER_INSTANCE_INDEX</source>
        <translation type="vanished">%1 programmes %2 … %3, chacun avec PC_REPLICA_NUM et ZLAUNCHER_INSTANCE_INDEX</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereader.cpp" line="217"/>
        <source>%1 programs %2 … %3, each with PC_REPLICA_NUM and ZLAUNCHER_INSTANCE_INDEX: a probe uses {{.PC_REPLICA_NUM}}, and probes are not expanded</source>
        <translation>%1 programmes %2 … %3, chacun avec PC_REPLICA_NUM et ZLAUNCHER_INSTANCE_INDEX&#xa0;: une sonde utilise {{.PC_REPLICA_NUM}}, et les sondes ne sont pas développées</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereader.cpp" line="243"/>
        <source>&quot;instances&quot;: %1, replicas %2 … %3, each with ZLAUNCHER_INSTANCE_INDEX, PC_REPLICA_NUM and {{.PC_REPLICA_NUM}} as ${ZLAUNCHER_INSTANCE_INDEX}</source>
        <translation>&quot;instances&quot;&#xa0;: %1, répliques %2 … %3, chacune avec ZLAUNCHER_INSTANCE_INDEX, PC_REPLICA_NUM et {{.PC_REPLICA_NUM}} devenu ${ZLAUNCHER_INSTANCE_INDEX}</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereader.cpp" line="249"/>
        <source>; process-compose names them %1 … %2</source>
        <translation>&#xa0;; process-compose les nomme %1 … %2</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereader.cpp" line="284"/>
        <source>(templates)</source>
        <translation>(modèles)</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereader.cpp" line="285"/>
        <source>process-compose&apos;s Go templates are not filled in, but {{.PC_REPLICA_NUM}}: %1 stays as written; write the value instead</source>
        <translation>les modèles Go de process-compose ne sont pas remplis, sauf {{.PC_REPLICA_NUM}}&#xa0;: %1 reste tel quel&#xa0;; écrivez plutôt la valeur</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereader.cpp" line="138"/>
        <source>bash -c, as process-compose runs it (the line uses shell syntax)</source>
        <translation>bash -c, comme process-compose le lance (la ligne emploie la syntaxe du shell)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/importnotes.cpp" line="36"/>
        <source>program &quot;%1&quot; with %n argument(s), run directly</source>
        <translation>
            <numerusform>programme « %1 » avec %n argument, lancé directement</numerusform>
            <numerusform>programme « %1 » avec %n arguments, lancé directement</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereader.cpp" line="146"/>
        <source>&quot;entrypoint&quot; must be a list of words</source>
        <translation>« entrypoint » doit être une liste de mots</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereader.cpp" line="47"/>
        <source>zlauncher has no description field</source>
        <translation>zlauncher n&apos;a pas de champ de description</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereader.cpp" line="50"/>
        <source>zlauncher supervises the process it starts; run the daemon in the foreground</source>
        <translation>zlauncher surveille le processus qu&apos;il démarre&#xa0;; lancez le démon au premier plan</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereadersections.cpp" line="41"/>
        <source>zlauncher does not stop every program when one fails; restart: never kept</source>
        <translation>zlauncher n&apos;arrête pas tous les programmes quand l&apos;un échoue&#xa0;; restart: never gardé</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereadersections.cpp" line="43"/>
        <source>&quot;%1&quot; is not a process-compose policy; restart: never kept</source>
        <translation>« %1 » n&apos;est pas une politique de process-compose&#xa0;; restart: never gardé</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereadersections.cpp" line="57"/>
        <source>0 means no limit in process-compose; zlauncher always has one (maxRestarts %1 in %2 s)</source>
        <translation>0 signifie sans limite dans process-compose&#xa0;; zlauncher en a toujours une (maxRestarts %1 en %2 s)</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereadersections.cpp" line="71"/>
        <source>&quot;depends_on&quot; must map process names to a condition</source>
        <translation>« depends_on » doit associer des noms de processus à une condition</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereadersections.cpp" line="94"/>
        <source>condition &quot;%1&quot; has no counterpart; &quot;ready&quot; used</source>
        <translation>la condition « %1 » n&apos;a pas d&apos;équivalent&#xa0;; « ready » est utilisée</translation>
    </message>
    <message>
        <location filename="../src/core/import/importnotes.cpp" line="58"/>
        <source>SIGTERM, what zlauncher sends</source>
        <translation>SIGTERM, ce qu&apos;envoie zlauncher</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereadersections.cpp" line="118"/>
        <source>zlauncher stops a program with SIGTERM, then SIGKILL after stopGraceMs</source>
        <translation>zlauncher arrête un programme par SIGTERM, puis SIGKILL après stopGraceMs</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereadersections.cpp" line="167"/>
        <source>zlauncher probes http, not %1: the probe is left out</source>
        <translation>zlauncher sonde en http, pas en %1&#xa0;: la sonde est écartée</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposereadersections.cpp" line="140"/>
        <source>&quot;%1&quot; needs &quot;exec&quot; or &quot;http_get&quot;</source>
        <translation>« %1 » demande « exec » ou « http_get »</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposeimporter.cpp" line="67"/>
        <source>%1: expected a &quot;processes:&quot; map</source>
        <translation>%1&#xa0;: une table « processes: » est attendue</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposeimporter.cpp" line="28"/>
        <source>added to every program&apos;s environment</source>
        <translation>ajouté à l&apos;environnement de chaque programme</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposeimporter.cpp" line="32"/>
        <source>read as process-compose %1</source>
        <translation>lu comme process-compose %1</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposeimporter.cpp" line="35"/>
        <source>process-compose&apos;s own setting; zlauncher has no counterpart</source>
        <translation>réglage propre à process-compose&#xa0;; zlauncher n&apos;a pas d&apos;équivalent</translation>
    </message>
    <message>
        <location filename="../src/core/import/processcomposeimporter.cpp" line="73"/>
        <location filename="../src/core/import/processcomposeimporter.cpp" line="79"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/core/import/procfileimporter.cpp" line="27"/>
        <source>/bin/sh -c, as foreman runs it (the line uses shell syntax)</source>
        <translation>/bin/sh -c, comme foreman le lance (la ligne emploie la syntaxe du shell)</translation>
    </message>
    <message>
        <location filename="../src/core/import/procfileimporter.cpp" line="46"/>
        <source>not used: %1</source>
        <translation>non utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/import/procfileimporter.cpp" line="52"/>
        <source>&quot;envFile&quot; of every program: %1</source>
        <translation>« envFile » de chaque programme&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/import/procfileimporter.cpp" line="60"/>
        <source>%1:%2: not a &quot;name: command&quot; line (got &quot;%3&quot;); skipped, as foreman and honcho skip it</source>
        <translation>%1:%2&#xa0;: pas une ligne « nom: commande » (reçu « %3 »)&#xa0;; ignorée, comme foreman et honcho l&apos;ignorent</translation>
    </message>
    <message>
        <location filename="../src/core/import/procfileimporter.cpp" line="65"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../src/core/import/procfileimporter.cpp" line="67"/>
        <source>%1:%2: expected &quot;name: command&quot; (got &quot;%3&quot;)</source>
        <translation>%1:%2&#xa0;: « nom: commande » attendu (reçu « %3 »)</translation>
    </message>
    <message>
        <location filename="../src/core/import/procfileimporter.cpp" line="130"/>
        <source>%1:%2: &quot;%3&quot; is already defined above</source>
        <translation>%1:%2&#xa0;: « %3 » est déjà défini plus haut</translation>
    </message>
    <message>
        <location filename="../src/core/import/procfileimporter.cpp" line="97"/>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <location filename="../src/core/import/procfileimporter.cpp" line="99"/>
        <source>%1 in its environment (5000 + 100 × its place, as foreman assigns it), and PS=%2.1</source>
        <translation>%1 dans son environnement (5000 + 100 × son rang, comme foreman l&apos;attribue), et PS=%2.1</translation>
    </message>
    <message>
        <location filename="../src/core/import/procfileimporter.cpp" line="143"/>
        <source>%1: no &quot;name: command&quot; line</source>
        <translation>%1&#xa0;: aucune ligne « nom: commande »</translation>
    </message>
    <message>
        <location filename="../src/core/import/procfileimporter.cpp" line="144"/>
        <source>%1, and no line of the file is one</source>
        <translation>%1, et aucune ligne du fichier n&apos;en est une</translation>
    </message>
    <message>
        <location filename="../src/core/import/procfileimporter.cpp" line="147"/>
        <source>(every program)</source>
        <translation>(chaque programme)</translation>
    </message>
    <message>
        <location filename="../src/core/import/procfileimporter.cpp" line="148"/>
        <source>kind &quot;plain&quot;, run in %1, restarted when it exits (foreman would stop them all), killed 5 s after SIGTERM as foreman does</source>
        <translation>type « plain », lancé dans %1, redémarré quand il se termine (foreman les arrêterait tous), tué 5 s après SIGTERM comme le fait foreman</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="28"/>
        <source>zlauncher runs every program as the user who runs zlauncher</source>
        <translation>zlauncher lance chaque programme sous l&apos;utilisateur qui lance zlauncher</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="34"/>
        <source>programs inherit zlauncher&apos;s umask</source>
        <translation>les programmes héritent du umask de zlauncher</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="37"/>
        <source>there is no supervisord to reach</source>
        <translation>il n&apos;y a pas de supervisord à joindre</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="72"/>
        <source>%1: &quot;%2&quot;: %(%3)s is not a name supervisord expands</source>
        <translation>%1&#xa0;: « %2 »&#xa0;: %(%3)s n&apos;est pas un nom que supervisord développe</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="82"/>
        <source>%1: &quot;command&quot; is missing</source>
        <translation>%1&#xa0;: « command » manque</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="89"/>
        <source>%1: &quot;numprocs&quot; must be a positive integer</source>
        <translation>%1&#xa0;: « numprocs » doit être un entier positif</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="94"/>
        <source>%1: with numprocs, &quot;process_name&quot; must contain %(process_num)s</source>
        <translation>%1&#xa0;: avec numprocs, « process_name » doit contenir %(process_num)s</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="169"/>
        <source>%1 programs %2 … %3, named by process_name</source>
        <translation>%1 programmes %2 … %3, nommés par process_name</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="131"/>
        <source>%1: &quot;command&quot; is empty</source>
        <translation>%1&#xa0;: « command » est vide</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="140"/>
        <source>%1: &quot;environment&quot; must be KEY=&quot;value&quot; pairs separated by commas</source>
        <translation>%1&#xa0;: « environment » doit être des paires CLÉ=&quot;valeur&quot; séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="335"/>
        <source>must be a whole number of seconds (got &quot;%1&quot;); zlauncher&apos;s default kept</source>
        <translation>doit être un nombre entier de secondes (reçu « %1 »)&#xa0;; la valeur par défaut de zlauncher est gardée</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="214"/>
        <source>program &quot;%1&quot; with %n argument(s), run directly as supervisord does</source>
        <translation>
            <numerusform>programme « %1 » avec %n argument, lancé directement comme le fait supervisord</numerusform>
            <numerusform>programme « %1 » avec %n arguments, lancé directement comme le fait supervisord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="347"/>
        <source>&quot;%1&quot; is not a value supervisord accepts; zlauncher&apos;s default kept</source>
        <translation>« %1 » n&apos;est pas une valeur que supervisord accepte&#xa0;; la valeur par défaut de zlauncher est gardée</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="283"/>
        <source>must be a whole number (got &quot;%1&quot;)</source>
        <translation>doit être un nombre entier (reçu « %1 »)</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="298"/>
        <source>zlauncher stops with SIGTERM, not SIG%1</source>
        <translation>zlauncher arrête par SIGTERM, pas par SIG%1</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="305"/>
        <source>zlauncher always signals the program&apos;s whole process group</source>
        <translation>zlauncher signale toujours tout le groupe de processus du programme</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="313"/>
        <source>exit 0 is success, as in zlauncher</source>
        <translation>la sortie 0 est un succès, comme dans zlauncher</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="316"/>
        <source>zlauncher counts only exit 0 as success (got &quot;%1&quot;)</source>
        <translation>zlauncher ne compte que la sortie 0 comme succès (reçu « %1 »)</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordprogramsection.cpp" line="325"/>
        <source>placed in start order (lower priority first)</source>
        <translation>placé dans l&apos;ordre de démarrage (priorité la plus basse d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordimporter.cpp" line="44"/>
        <source>%1:%2: [include] files: %(%3)s is not defined</source>
        <translation>%1:%2&#xa0;: [include] files&#xa0;: %(%3)s n&apos;est pas défini</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/supervisordimporter.cpp" line="56"/>
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n fichier lu</numerusform>
            <numerusform>%n fichiers lus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordimporter.cpp" line="61"/>
        <source>cannot read %1 (included by %2): %3</source>
        <translation>impossible de lire %1 (inclus par %2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordimporter.cpp" line="91"/>
        <source>%1:%2: [supervisord] &quot;environment&quot; must be KEY=&quot;value&quot; pairs separated by commas</source>
        <translation>%1:%2&#xa0;: [supervisord] « environment » doit être des paires CLÉ=&quot;valeur&quot; séparées par des virgules</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/supervisordimporter.cpp" line="98"/>
        <source>added to every program&apos;s environment (%n variable(s))</source>
        <translation>
            <numerusform>ajouté à l&apos;environnement de chaque programme (%n variable)</numerusform>
            <numerusform>ajouté à l&apos;environnement de chaque programme (%n variables)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordimporter.cpp" line="114"/>
        <source>supervisord reads [include] in its main file only</source>
        <translation>supervisord ne lit [include] que dans son fichier principal</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordimporter.cpp" line="116"/>
        <source>zlauncher has no groups; its programs are imported one by one</source>
        <translation>zlauncher n&apos;a pas de groupes&#xa0;; leurs programmes sont importés un par un</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordimporter.cpp" line="118"/>
        <source>zlauncher has no event listeners or FastCGI programs</source>
        <translation>zlauncher n&apos;a ni écouteurs d&apos;événements ni programmes FastCGI</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordimporter.cpp" line="120"/>
        <source>supervisord&apos;s own settings; zlauncher needs none</source>
        <translation>réglages propres à supervisord&#xa0;; zlauncher n&apos;en a pas besoin</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordimporter.cpp" line="171"/>
        <source>(supervisord&apos;s defaults)</source>
        <translation>(valeurs par défaut de supervisord)</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordimporter.cpp" line="172"/>
        <source>where a program does not set them, autorestart=unexpected, startretries=3 and stopwaitsecs=10: restart: on-failure, maxRestarts: 3, stopGraceMs: 10000</source>
        <translation>quand un programme ne les donne pas, autorestart=unexpected, startretries=3 et stopwaitsecs=10&#xa0;: restart: on-failure, maxRestarts&#xa0;: 3, stopGraceMs&#xa0;: 10000</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordini.cpp" line="91"/>
        <source>%1:%2: a section header must end with &apos;]&apos;</source>
        <translation>%1:%2&#xa0;: un en-tête de section doit finir par &apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordini.cpp" line="106"/>
        <source>%1:%2: expected a [section] before &quot;%3&quot;</source>
        <translation>%1:%2&#xa0;: une [section] est attendue avant « %3 »</translation>
    </message>
    <message>
        <location filename="../src/core/import/supervisordini.cpp" line="110"/>
        <source>%1:%2: expected &quot;key = value&quot; (got &quot;%3&quot;)</source>
        <translation>%1:%2&#xa0;: « clé = valeur » attendu (reçu « %3 »)</translation>
    </message>
</context>
<context>
    <name>InstanceRecorder</name>
    <message>
        <location filename="../src/core/supervision/instancerecorder.cpp" line="49"/>
        <source>%1 (pid %2) is still running but no longer configured; left alone</source>
        <translation>%1 (pid %2) est toujours en marche mais n&apos;est plus configuré&#xa0;; laissé tel quel</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/instancerecorder.cpp" line="60"/>
        <source>cannot adopt pid %1: %2</source>
        <translation>impossible d&apos;adopter le pid %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/instancerecorder.cpp" line="105"/>
        <source>an unknown time</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/instancerecorder.cpp" line="107"/>
        <source>was being started when the previous launcher stopped, and is not running (recorded at %1)</source>
        <translation>était en cours de démarrage quand le lanceur précédent s’est arrêté, et ne tourne pas (relevé à %1)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/instancerecorder.cpp" line="111"/>
        <source>pid %1 now belongs to another process: %2 ended while no launcher was running (last recorded at %3)</source>
        <translation>le pid %1 appartient désormais à un autre processus&#xa0;: %2 s&apos;est terminé alors qu&apos;aucun lanceur ne tournait (dernier relevé&#xa0;: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/instancerecorder.cpp" line="115"/>
        <source>ended while no launcher was running (pid %1, last recorded at %2)</source>
        <translation>terminé alors qu&apos;aucun lanceur ne tournait (pid %1, dernier relevé&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>InstanceState</name>
    <message>
        <location filename="../src/core/os/instancestate.cpp" line="29"/>
        <source>Cannot read file %1: %2</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/instancestate.cpp" line="37"/>
        <source>%1 is not a valid record of running programs: %2</source>
        <translation>%1 n&apos;est pas un relevé valide des programmes en marche&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/instancestate.cpp" line="87"/>
        <location filename="../src/core/os/instancestate.cpp" line="97"/>
        <source>Cannot write file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../src/core/launcher.cpp" line="45"/>
        <source>%1; a few hundred programs may not all start (`ulimit -n` shows the limit)</source>
        <translation>%1&#xa0;; quelques centaines de programmes risquent de ne pas tous démarrer (`ulimit -n` affiche la limite)</translation>
    </message>
    <message>
        <location filename="../src/core/launcher.cpp" line="122"/>
        <source>%1 (events %2)</source>
        <translation>%1 (événements %2)</translation>
    </message>
    <message>
        <location filename="../src/core/launcher.cpp" line="126"/>
        <source>listening on %1, CURVE-encrypted, for the clients in %2; this agent&apos;s public key: %3</source>
        <translation>écoute sur %1, chiffré par CURVE, pour les clients de %2&#xa0;; clé publique de cet agent&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/core/launcher.cpp" line="139"/>
        <source>containment: %1</source>
        <translation>confinement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="52"/>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="85"/>
        <source>%1 (all replicas)</source>
        <translation>%1 (toutes les répliques)</translation>
    </message>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="114"/>
        <source>State changes</source>
        <translation>Changements d&apos;état</translation>
    </message>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="115"/>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="116"/>
        <source>Stops and kills</source>
        <translation>Arrêts et arrêts forcés</translation>
    </message>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="117"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="118"/>
        <source>Protocol problems</source>
        <translation>Problèmes de protocole</translation>
    </message>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="119"/>
        <source>Pings</source>
        <translation>Pings</translation>
    </message>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="120"/>
        <source>Remote control (zlauncherctl)</source>
        <translation>Contrôle à distance (zlauncherctl)</translation>
    </message>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="121"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="122"/>
        <source>Notify protocol (sd_notify)</source>
        <translation>Protocole de notification (sd_notify)</translation>
    </message>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="123"/>
        <source>Health probes</source>
        <translation>Sondes de santé</translation>
    </message>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="179"/>
        <source>Save log as</source>
        <translation>Enregistrer le journal sous</translation>
    </message>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="180"/>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="181"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="182"/>
        <source>JSON lines, one event per line (*.jsonl)</source>
        <translation>Lignes JSON, un événement par ligne (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="194"/>
        <source>The log was not saved</source>
        <translation>Le journal n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../src/gui/window/logpane.cpp" line="198"/>
        <source>Saved the event log to %1</source>
        <translation>Journal des événements enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>LogRotationJson</name>
    <message>
        <location filename="../src/core/config/logrotationjson.cpp" line="72"/>
        <source>must be an object such as {&quot;maxSizeMiB&quot;: 10, &quot;maxAgeHours&quot;: 24, &quot;keep&quot;: 3, &quot;compress&quot;: true} (got %1)</source>
        <translation>doit être un objet tel que {&quot;maxSizeMiB&quot;: 10, &quot;maxAgeHours&quot;: 24, &quot;keep&quot;: 3, &quot;compress&quot;: true} (reçu %1)</translation>
    </message>
    <message>
        <location filename="../src/core/config/logrotationjson.cpp" line="36"/>
        <source>unknown key %1 (the keys are %2)</source>
        <translation>clé inconnue %1 (les clés sont&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/config/logrotationjson.cpp" line="94"/>
        <source>&quot;maxSizeMiB&quot; must be a whole number of MiB from 0 (never by size) to %1 (got %2)</source>
        <translation>&quot;maxSizeMiB&quot; doit être un nombre entier de Mio de 0 (jamais selon la taille) à %1 (reçu %2)</translation>
    </message>
    <message>
        <location filename="../src/core/config/logrotationjson.cpp" line="53"/>
        <source>&quot;maxAgeHours&quot; must be a number of hours from 0 (never by age) to %1, fractions allowed down to a second (got %2)</source>
        <translation>&quot;maxAgeHours&quot; doit être un nombre d&apos;heures de 0 (jamais selon l&apos;âge) à %1, fractions permises jusqu&apos;à une seconde (reçu %2)</translation>
    </message>
    <message>
        <location filename="../src/core/config/logrotationjson.cpp" line="98"/>
        <source>&quot;keep&quot; must be a whole number of files from 0 to %1 (got %2)</source>
        <translation>&quot;keep&quot; doit être un nombre entier de fichiers de 0 à %1 (reçu %2)</translation>
    </message>
    <message>
        <location filename="../src/core/config/logrotationjson.cpp" line="108"/>
        <source>&quot;compress&quot; must be true or false (got %1)</source>
        <translation>&quot;compress&quot; doit valoir true ou false (reçu %1)</translation>
    </message>
</context>
<context>
    <name>LogTail</name>
    <message>
        <location filename="../src/core/os/logtail.cpp" line="15"/>
        <location filename="../src/core/os/logtail.cpp" line="28"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LogdStarter</name>
    <message>
        <location filename="../src/core/os/logdstarter.cpp" line="36"/>
        <source>not an executable file</source>
        <translation>ce n&apos;est pas un fichier exécutable</translation>
    </message>
    <message>
        <location filename="../src/core/os/logdstarter.cpp" line="37"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../src/core/os/logdstarter.cpp" line="54"/>
        <source>cannot start %1: %2; install zlauncher-logd next to zlauncher, or set ZLAUNCHER_LOGD to its path</source>
        <translation>impossible de démarrer %1&#xa0;: %2&#xa0;; installez zlauncher-logd à côté de zlauncher, ou indiquez son chemin dans ZLAUNCHER_LOGD</translation>
    </message>
    <message>
        <location filename="../src/core/os/logdstarter.cpp" line="67"/>
        <source>cannot create a pipe: %1</source>
        <translation>impossible de créer un tube&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/os/logdstarter.cpp" line="142"/>
        <source>zlauncher-logd cannot serve %1: %2</source>
        <translation>zlauncher-logd ne peut pas servir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/logdstarter.cpp" line="145"/>
        <source>zlauncher-logd (%1) stopped at once; see %2</source>
        <translation>zlauncher-logd (%1) s&apos;est arrêté aussitôt&#xa0;; voir %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="6"/>
        <location filename="../src/gui/window/mainwindow.cpp" line="288"/>
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
        <source>Save the whole event log as text, CSV or JSON lines</source>
        <translation>Enregistrer tout le journal des événements en texte, en CSV ou en lignes JSON</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="123"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="138"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="144"/>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="164"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="166"/>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="173"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="183"/>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="202"/>
        <source>&amp;Open configuration…</source>
        <translation>&amp;Ouvrir une configuration…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="203"/>
        <source>Open another configuration file</source>
        <translation>Ouvrir un autre fichier de configuration</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="204"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="207"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="208"/>
        <source>Add the programs of a Procfile, a supervisord, process-compose or PM2 file, with a report of every key</source>
        <translation>Ajouter les programmes d&apos;un Procfile ou d&apos;un fichier supervisord, process-compose ou PM2, avec un rapport sur chaque clé</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="209"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="212"/>
        <source>&amp;Connect to host…</source>
        <translation>Se &amp;connecter à un hôte…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="213"/>
        <source>Follow the programs of an agent on another host (zlauncher --headless --listen there), over an encrypted link</source>
        <translation>Suivre les programmes d&apos;un agent sur un autre hôte (zlauncher --headless --listen là-bas), par une liaison chiffrée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="214"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="217"/>
        <source>&amp;Disconnect from host</source>
        <translation>Se &amp;déconnecter de l&apos;hôte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="218"/>
        <source>Stop following the host of the selected program and forget it (its programs go on running there)</source>
        <translation>Cesser de suivre l&apos;hôte du programme sélectionné et l&apos;oublier (ses programmes continuent d&apos;y tourner)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="221"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="222"/>
        <source>Save the configuration (changes are also saved as they are made)</source>
        <translation>Enregistrer la configuration (les modifications sont aussi enregistrées au fur et à mesure)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="223"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="226"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="227"/>
        <source>Save the configuration to another file and use that file from now on</source>
        <translation>Enregistrer la configuration dans un autre fichier et utiliser désormais ce fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="228"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="231"/>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="232"/>
        <source>Save the programs the table shows, in its order, as CSV: every column as displayed, plus the raw CPU, memory and uptime figures</source>
        <translation>Enregistrer en CSV les programmes affichés dans le tableau, dans son ordre&#xa0;: chaque colonne telle qu&apos;affichée, plus les valeurs brutes de CPU, de mémoire et de durée d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="233"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="236"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="237"/>
        <source>Quit, stopping the running programs first</source>
        <translation>Quitter, après avoir arrêté les programmes en marche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="238"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="241"/>
        <source>Quit and &amp;leave programs running</source>
        <translation>Quitter en &amp;laissant les programmes en marche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="242"/>
        <source>Quit at once; the programs keep running without supervision</source>
        <translation>Quitter immédiatement&#xa0;; les programmes continuent de tourner sans supervision</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="243"/>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="246"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="247"/>
        <source>Undo the last removal</source>
        <translation>Annuler la dernière suppression</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="248"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="251"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="252"/>
        <source>Add a program</source>
        <translation>Ajouter un programme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="253"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="256"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="257"/>
        <source>Edit the selected program</source>
        <translation>Modifier le programme sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="258"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="261"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="262"/>
        <source>Remove the selected programs</source>
        <translation>Supprimer les programmes sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="263"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="266"/>
        <source>Instance co&amp;unt…</source>
        <translation>No&amp;mbre d&apos;instances…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="267"/>
        <source>Run more or fewer replicas of the selected program: added replicas start, removed ones stop from the highest index down</source>
        <translation>Lancer plus ou moins de répliques du programme sélectionné&#xa0;: les répliques ajoutées démarrent, les retirées s&apos;arrêtent de l&apos;indice le plus haut vers le bas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="268"/>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="271"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="272"/>
        <source>Start the selected programs</source>
        <translation>Démarrer les programmes sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="273"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="276"/>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="277"/>
        <source>Stop the selected programs: stop request, then SIGTERM, then SIGKILL at the grace</source>
        <translation>Arrêter les programmes sélectionnés&#xa0;: requête d&apos;arrêt, puis SIGTERM, puis SIGKILL à la fin du délai de grâce</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="278"/>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="281"/>
        <source>Rest&amp;art</source>
        <translation>R&amp;edémarrer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="282"/>
        <source>Stop the selected programs, then start them again</source>
        <translation>Arrêter les programmes sélectionnés, puis les redémarrer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="283"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="286"/>
        <source>&amp;Kill</source>
        <translation>T&amp;uer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="287"/>
        <source>Kill the selected programs and their children now (SIGKILL)</source>
        <translation>Tuer immédiatement les programmes sélectionnés et leurs processus enfants (SIGKILL)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="288"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="291"/>
        <source>Retry &amp;now</source>
        <translation>Réessayer mai&amp;ntenant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="292"/>
        <source>Restart a program waiting in backoff, or given up, right now</source>
        <translation>Redémarrer tout de suite un programme en attente de redémarrage ou abandonné</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="293"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="296"/>
        <source>P&amp;ing</source>
        <translation>Envoyer un &amp;ping</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="297"/>
        <source>Ask the selected heartbeat programs to answer a ping: the answer and its round trip go to the event log and to the row&apos;s tooltip</source>
        <translation>Demander aux programmes à battement de cœur sélectionnés de répondre à un ping&#xa0;: la réponse et son temps d&apos;aller-retour vont dans le journal des événements et dans l&apos;infobulle de la ligne</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="298"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="301"/>
        <source>Start a&amp;ll</source>
        <translation>&amp;Tout démarrer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="302"/>
        <source>Start every program</source>
        <translation>Démarrer tous les programmes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="303"/>
        <source>Ctrl+F5</source>
        <translation>Ctrl+F5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="306"/>
        <source>Sto&amp;p all</source>
        <translation>T&amp;out arrêter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="311"/>
        <source>Open log &amp;file</source>
        <translation>Ouvrir le fichier &amp;journal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="312"/>
        <source>Open the file the program&apos;s output is written to; for another host&apos;s program, follow its output through its agent</source>
        <translation>Ouvrir le fichier où est écrite la sortie du programme&#xa0;; pour le programme d&apos;un autre hôte, suivre sa sortie par son agent</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation type="vanished">T&amp;out arrêter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="307"/>
        <source>Stop every program</source>
        <translation>Arrêter tous les programmes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="308"/>
        <source>Ctrl+Shift+F5</source>
        <translation>Ctrl+Shift+F5</translation>
    </message>
    <message>
        <source>Open &amp;log file</source>
        <translation type="vanished">Ouvrir le fichier &amp;journal</translation>
    </message>
    <message>
        <source>Open the file the program&apos;s output is written to</source>
        <translation type="vanished">Ouvrir le fichier où est écrite la sortie du programme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="313"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="316"/>
        <source>&amp;Copy command line</source>
        <translation>&amp;Copier la ligne de commande</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="317"/>
        <source>Copy the selected programs&apos; command lines</source>
        <translation>Copier les lignes de commande des programmes sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="318"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="322"/>
        <source>Show &amp;heartbeats in the log</source>
        <translation>Afficher les &amp;battements dans le journal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="323"/>
        <source>Show every heartbeat in the event log</source>
        <translation>Afficher chaque battement de cœur dans le journal des événements</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="324"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="327"/>
        <source>&amp;Find program</source>
        <translation>&amp;Rechercher un programme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="328"/>
        <source>Filter the table by name, status or command</source>
        <translation>Filtrer le tableau par nom, statut ou commande</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="329"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="332"/>
        <source>&amp;About zlauncher</source>
        <translation>À &amp;propos de zlauncher</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="333"/>
        <source>About zlauncher and its protocol</source>
        <translation>À propos de zlauncher et de son protocole</translation>
    </message>
    <message>
        <location filename="../src/gui/window/mainwindow.cpp" line="191"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../src/gui/window/mainwindow.cpp" line="204"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location filename="../src/gui/window/mainwindow.cpp" line="205"/>
        <source>Show the selected program&apos;s charts, settings, events, restarts and output (F9)</source>
        <translation>Afficher les graphiques, réglages, événements, redémarrages et sorties du programme sélectionné (F9)</translation>
    </message>
    <message>
        <location filename="../src/gui/window/mainwindow.cpp" line="289"/>
        <source>%1 — zlauncher</source>
        <translation>%1 — zlauncher</translation>
    </message>
    <message>
        <location filename="../src/gui/window/mainwindow.cpp" line="326"/>
        <source>About zlauncher</source>
        <translation>À propos de zlauncher</translation>
    </message>
    <message>
        <location filename="../src/gui/window/mainwindow.cpp" line="327"/>
        <source>&lt;h3&gt;zlauncher %1&lt;/h3&gt;&lt;p&gt;Launches programs, watches them over ZeroMQ, restarts them when they die or hang, and stops them cleanly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Protocol&lt;/b&gt; (all endpoints in the private runtime directory %2):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Heartbeats: a PUB connected to &lt;tt&gt;$ZLAUNCHER_HEARTBEAT&lt;/tt&gt; sends &lt;tt&gt;ZLHB1&lt;/tt&gt;, name, pid, sequence and an optional status, every &lt;tt&gt;$ZLAUNCHER_INTERVAL_MS&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Control: a REP bound to &lt;tt&gt;$ZLAUNCHER_CONTROL&lt;/tt&gt; answers &lt;tt&gt;stop&lt;/tt&gt; with &lt;tt&gt;ok&lt;/tt&gt; and &lt;tt&gt;ping&lt;/tt&gt; with &lt;tt&gt;pong&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;A program silent past its lost timeout is killed and restarted; one that does not stop within its grace is killed.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;zlauncher %1&lt;/h3&gt;&lt;p&gt;Lance des programmes, les surveille via ZeroMQ, les redémarre quand ils meurent ou se bloquent, et les arrête proprement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Protocole&lt;/b&gt; (tous les points d&apos;accès sont dans le répertoire d&apos;exécution privé %2)&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Battements de cœur&#xa0;: un PUB connecté à &lt;tt&gt;$ZLAUNCHER_HEARTBEAT&lt;/tt&gt; envoie &lt;tt&gt;ZLHB1&lt;/tt&gt;, le nom, le pid, le numéro de séquence et un statut facultatif, toutes les &lt;tt&gt;$ZLAUNCHER_INTERVAL_MS&lt;/tt&gt; ms.&lt;/li&gt;&lt;li&gt;Contrôle&#xa0;: un REP lié à &lt;tt&gt;$ZLAUNCHER_CONTROL&lt;/tt&gt; répond &lt;tt&gt;ok&lt;/tt&gt; à &lt;tt&gt;stop&lt;/tt&gt; et &lt;tt&gt;pong&lt;/tt&gt; à &lt;tt&gt;ping&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Un programme resté silencieux au-delà de son délai de perte est tué et redémarré&#xa0;; un programme qui ne s&apos;arrête pas dans son délai de grâce est tué.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/window/mainwindow.cpp" line="349"/>
        <source>Quit zlauncher</source>
        <translation>Quitter zlauncher</translation>
    </message>
    <message>
        <location filename="../src/gui/window/mainwindow.cpp" line="350"/>
        <source>Programs are running. Stop them before quitting?</source>
        <translation>Des programmes sont en marche. Les arrêter avant de quitter&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/gui/window/mainwindow.cpp" line="353"/>
        <source>Stop all and quit</source>
        <translation>Tout arrêter et quitter</translation>
    </message>
    <message>
        <location filename="../src/gui/window/mainwindow.cpp" line="355"/>
        <source>Quit and leave running</source>
        <translation>Quitter et les laisser tourner</translation>
    </message>
    <message>
        <location filename="../src/gui/window/mainwindow.cpp" line="433"/>
        <source>Stopping programs…</source>
        <translation>Arrêt des programmes…</translation>
    </message>
    <message>
        <location filename="../src/gui/window/mainwindow.cpp" line="433"/>
        <source>Kill them now</source>
        <translation>Les tuer maintenant</translation>
    </message>
    <message>
        <location filename="../src/gui/window/mainwindow.cpp" line="435"/>
        <source>Quitting zlauncher</source>
        <translation>Fermeture de zlauncher</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/mainwindow.cpp" line="445"/>
        <source>Stopping programs… %n left</source>
        <translation>
            <numerusform>Arrêt des programmes… %n restant</numerusform>
            <numerusform>Arrêt des programmes… %n restants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotifyMessage</name>
    <message>
        <location filename="../src/core/model/notifymessage.cpp" line="114"/>
        <source>%1: not an assignment KEY=VALUE</source>
        <translation>%1&#xa0;: pas une affectation CLÉ=VALEUR</translation>
    </message>
    <message>
        <location filename="../src/core/model/notifymessage.cpp" line="44"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/notifymessage.cpp" line="64"/>
        <source>%1: the only value is 1</source>
        <translation>%1&#xa0;: la seule valeur admise est 1</translation>
    </message>
    <message>
        <location filename="../src/core/model/notifymessage.cpp" line="78"/>
        <source>%1: must be 1 or trigger</source>
        <translation>%1&#xa0;: doit valoir 1 ou trigger</translation>
    </message>
    <message>
        <location filename="../src/core/model/notifymessage.cpp" line="89"/>
        <source>not a process id</source>
        <translation>pas un identifiant de processus</translation>
    </message>
    <message>
        <location filename="../src/core/model/notifymessage.cpp" line="92"/>
        <source>not an error number</source>
        <translation>pas un numéro d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../src/core/model/notifymessage.cpp" line="98"/>
        <location filename="../src/core/model/notifymessage.cpp" line="102"/>
        <source>not a number of microseconds</source>
        <translation>pas un nombre de microsecondes</translation>
    </message>
</context>
<context>
    <name>NotifyRouter</name>
    <message>
        <location filename="../src/core/supervision/notifyrouter.cpp" line="69"/>
        <source>ignored what it sent to $NOTIFY_SOCKET that is not sd_notify&apos;s: %1</source>
        <translation>ce qu&apos;il a envoyé à $NOTIFY_SOCKET sans être du sd_notify a été ignoré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/supervision/notifyrouter.cpp" line="137"/>
        <source>%n from processes that are not supervised programs (the last: pid %1%2)</source>
        <translation>
            <numerusform>%n de processus qui ne sont pas des programmes supervisés (le dernier&#xa0;: pid %1%2)</numerusform>
            <numerusform>%n de processus qui ne sont pas des programmes supervisés (le dernier&#xa0;: pid %1%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/supervision/notifyrouter.cpp" line="145"/>
        <source>%n larger than %1 bytes</source>
        <translation>
            <numerusform>%n de plus de %1 octets</numerusform>
            <numerusform>%n de plus de %1 octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/supervision/notifyrouter.cpp" line="149"/>
        <source>%n without the sender&apos;s credentials or from another user</source>
        <translation>
            <numerusform>%n sans les identifiants de l&apos;expéditeur ou venu d&apos;un autre utilisateur</numerusform>
            <numerusform>%n sans les identifiants de l&apos;expéditeur ou venus d&apos;un autre utilisateur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/supervision/notifyrouter.cpp" line="156"/>
        <source>dropped notify datagrams on %1: %2; %3 dropped in all</source>
        <translation>datagrammes de notification rejetés sur %1&#xa0;: %2&#xa0;; %3 rejetés en tout</translation>
    </message>
</context>
<context>
    <name>NotifySocket</name>
    <message>
        <location filename="../src/core/os/notifysocket.cpp" line="73"/>
        <source>cannot bind the notify socket %1: the path is longer than %2 bytes</source>
        <translation>impossible de lier le socket de notification %1&#xa0;: le chemin dépasse %2 octets</translation>
    </message>
    <message>
        <location filename="../src/core/os/notifysocket.cpp" line="91"/>
        <source>cannot create the notify socket %1: %2</source>
        <translation>impossible de créer le socket de notification %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/notifysocket.cpp" line="96"/>
        <source>cannot ask for senders&apos; credentials on the notify socket %1: %2</source>
        <translation>impossible de demander les identifiants des expéditeurs sur le socket de notification %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/notifysocket.cpp" line="103"/>
        <source>cannot bind the notify socket %1: %2</source>
        <translation>impossible de lier le socket de notification %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/notifysocket.cpp" line="108"/>
        <source>cannot make the notify socket %1 private: %2</source>
        <translation>impossible de rendre privé le socket de notification %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OpenFileLimit</name>
    <message>
        <location filename="../src/core/os/filelimit.cpp" line="15"/>
        <source>cannot read the open file limit: %1</source>
        <translation>impossible de lire la limite de fichiers ouverts&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/os/filelimit.cpp" line="23"/>
        <source>cannot raise the open file limit from %1 to %2: %3</source>
        <translation>impossible de relever la limite de fichiers ouverts de %1 à %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>OutputCollector</name>
    <message>
        <location filename="../src/core/os/outputcollector.cpp" line="183"/>
        <source>zlauncher-logd did not answer within %1 s; see %2</source>
        <translation>zlauncher-logd n&apos;a pas répondu dans les %1 s&#xa0;; voir %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/outputcollector.cpp" line="41"/>
        <source>zlauncher-logd started but cannot be reached at %1: %2</source>
        <translation>zlauncher-logd a démarré mais ne peut pas être joint sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/outputcollector.cpp" line="287"/>
        <source>it closed the connection</source>
        <translation>il a fermé la connexion</translation>
    </message>
    <message>
        <location filename="../src/core/os/outputcollector.cpp" line="249"/>
        <source>zlauncher-logd (pid %1) serving %2 speaks protocol version %3, not %4: it belongs to another installation of zlauncher, and stops on its own once its programs have ended</source>
        <translation>zlauncher-logd (pid %1), qui sert %2, parle la version %3 du protocole, pas la %4&#xa0;: il appartient à une autre installation de zlauncher et s&apos;arrêtera de lui-même une fois ses programmes terminés</translation>
    </message>
    <message>
        <location filename="../src/core/os/outputcollector.cpp" line="265"/>
        <source>program output is captured and rotated again (zlauncher-logd, pid %1)</source>
        <translation>la sortie des programmes est de nouveau capturée, avec rotation des fichiers (zlauncher-logd, pid %1)</translation>
    </message>
    <message>
        <location filename="../src/core/os/outputcollector.cpp" line="360"/>
        <source>cannot compress its rotated log file %1: %2; it is kept uncompressed (is gzip installed?)</source>
        <translation>impossible de compresser son fichier journal archivé %1&#xa0;: %2&#xa0;; il est gardé non compressé (gzip est-il installé&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../src/core/os/outputcollector.cpp" line="365"/>
        <source>cannot open its log file %1: %2</source>
        <translation>impossible d&apos;ouvrir son fichier journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/outputcollector.cpp" line="366"/>
        <source>cannot rotate its log file %1: %2</source>
        <translation>impossible de faire tourner son fichier journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/outputcollector.cpp" line="367"/>
        <source>cannot write its log file %1: %2</source>
        <translation>impossible d&apos;écrire son fichier journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/outputcollector.cpp" line="371"/>
        <source>it grows past its size limit until the files can be renamed (check the log folder&apos;s permissions)</source>
        <translation>il dépasse sa taille maximale tant que les fichiers ne peuvent pas être renommés (vérifiez les droits du dossier des journaux)</translation>
    </message>
    <message>
        <location filename="../src/core/os/outputcollector.cpp" line="374"/>
        <source>its output is discarded until the file can be written (check the log folder&apos;s permissions and free space)</source>
        <translation>sa sortie est ignorée tant que le fichier ne peut pas être écrit (vérifiez les droits du dossier des journaux et l&apos;espace libre)</translation>
    </message>
    <message>
        <source>it grows past its size limit until the folder&apos;s permissions are fixed</source>
        <translation type="vanished">il dépasse sa taille maximale tant que les droits du dossier ne sont pas corrigés</translation>
    </message>
    <message>
        <source>its output is discarded until the folder is writable and the disk has room</source>
        <translation type="vanished">sa sortie est ignorée tant que le dossier n&apos;est pas accessible en écriture ou que le disque est plein</translation>
    </message>
    <message>
        <location filename="../src/core/os/outputcollector.cpp" line="307"/>
        <source>lost the connection to zlauncher-logd (pid %1): %2</source>
        <translation>connexion à zlauncher-logd (pid %1) perdue&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/outputcollector.cpp" line="313"/>
        <source>zlauncher-logd closed the connection before greeting: %1; see %2</source>
        <translation>zlauncher-logd a fermé la connexion avant de se présenter&#xa0;: %1&#xa0;; voir %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/outputcollector.cpp" line="400"/>
        <source>program output is written without rotation: %1</source>
        <translation>la sortie des programmes est écrite sans rotation&#xa0;: %1</translation>
    </message>
    <message>
        <source>zlauncher-logd is still starting (see %1 if it never does)</source>
        <translation type="vanished">zlauncher-logd est encore en train de démarrer (voir %1 s&apos;il n&apos;y parvient jamais)</translation>
    </message>
    <message>
        <location filename="../src/core/os/outputcollector.cpp" line="424"/>
        <source>cannot create a pipe for %1: %2</source>
        <translation>impossible de créer un tube pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>zlauncher-logd (pid %1) is not keeping up</source>
        <translation type="vanished">zlauncher-logd (pid %1) ne suit pas le rythme</translation>
    </message>
</context>
<context>
    <name>OutputSearch</name>
    <message>
        <location filename="../src/gui/details/outputsearch.cpp" line="45"/>
        <source>Find (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/gui/details/outputsearch.cpp" line="47"/>
        <source>Case-insensitive. Enter: next match, Shift+Enter: previous</source>
        <translation>Sans distinction de casse. Entrée&#xa0;: occurrence suivante, Maj+Entrée&#xa0;: précédente</translation>
    </message>
    <message>
        <location filename="../src/gui/details/outputsearch.cpp" line="68"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../src/gui/details/outputsearch.cpp" line="72"/>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <location filename="../src/gui/details/outputsearch.cpp" line="155"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../src/gui/details/outputsearch.cpp" line="156"/>
        <source>1 match</source>
        <translation>1 occurrence</translation>
    </message>
    <message>
        <location filename="../src/gui/details/outputsearch.cpp" line="157"/>
        <source>%1 matches</source>
        <translation>%1 occurrences</translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message>
        <location filename="../src/gui/details/outputview.cpp" line="40"/>
        <source>Open in Editor</source>
        <translation>Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../src/gui/details/outputview.cpp" line="53"/>
        <source>Open the log file with the application the desktop uses for text files</source>
        <translation>Ouvrir le fichier journal avec l&apos;application que le bureau utilise pour les fichiers texte</translation>
    </message>
    <message>
        <location filename="../src/gui/details/outputview.cpp" line="91"/>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <location filename="../src/gui/details/outputview.cpp" line="94"/>
        <source>Scroll to the end and show new lines as they are written; scrolling up pauses it</source>
        <translation>Défiler jusqu&apos;à la fin et afficher les nouvelles lignes à mesure qu&apos;elles sont écrites&#xa0;; remonter met le suivi en pause</translation>
    </message>
    <message>
        <location filename="../src/gui/details/outputview.cpp" line="365"/>
        <source>No log file</source>
        <translation>Aucun fichier journal</translation>
    </message>
    <message>
        <location filename="../src/gui/details/outputview.cpp" line="371"/>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/details/outputview.cpp" line="373"/>
        <source>not created yet</source>
        <translation>pas encore créé</translation>
    </message>
    <message>
        <location filename="../src/gui/details/outputview.cpp" line="375"/>
        <source>%1, last %2 shown</source>
        <translation>%1, les derniers %2 affichés</translation>
    </message>
</context>
<context>
    <name>Pinger</name>
    <message>
        <location filename="../src/core/supervision/pinger.cpp" line="103"/>
        <source>answered &quot;%1&quot; in %2 ms</source>
        <translation>a répondu «&#xa0;%1&#xa0;» en %2 ms</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/pinger.cpp" line="106"/>
        <source>no answer to ping: %1</source>
        <translation>pas de réponse au ping&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/pinger.cpp" line="43"/>
        <source>there is no program named &quot;%1&quot;</source>
        <translation>aucun programme ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/pinger.cpp" line="46"/>
        <source>%1 is a plain program: it has no control endpoint to answer a ping</source>
        <translation>%1 est un programme simple&#xa0;: il n&apos;a pas de point d&apos;accès de contrôle pour répondre à un ping</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/pinger.cpp" line="49"/>
        <source>%1 speaks systemd&apos;s notify protocol: it has no control endpoint to answer a ping; its watchdog pings show in its heartbeat age</source>
        <translation>%1 parle le protocole de notification de systemd&#xa0;: il n&apos;a pas de point de contrôle pour répondre à un ping&#xa0;; ses pings de chien de garde se voient dans l&apos;âge de son dernier battement</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/pinger.cpp" line="56"/>
        <source>%1 is not running (%2)</source>
        <translation>%1 n&apos;est pas en marche (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/pinger.cpp" line="91"/>
        <source>it answered &quot;%1&quot; instead of pong</source>
        <translation>il a répondu «&#xa0;%1&#xa0;» au lieu de pong</translation>
    </message>
</context>
<context>
    <name>ProbeEditor</name>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="75"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="76"/>
        <source>Exec: a command</source>
        <translation>Exec&#xa0;: une commande</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="77"/>
        <source>HTTP: a GET request</source>
        <translation>HTTP&#xa0;: une requête GET</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="78"/>
        <source>TCP: a connection</source>
        <translation>TCP&#xa0;: une connexion</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="79"/>
        <source>No probe.</source>
        <translation>Aucune sonde.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="81"/>
        <source>Runs a command with the program&apos;s environment and folder: it passes when the command exits with 0.</source>
        <translation>Lance une commande avec l&apos;environnement et le dossier du programme&#xa0;: elle réussit quand la commande se termine avec 0.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="84"/>
        <source>Asks a URL: it passes on a 2xx or 3xx answer.</source>
        <translation>Interroge une URL&#xa0;: elle réussit sur une réponse 2xx ou 3xx.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="85"/>
        <source>Connects to an address: it passes when the connection opens.</source>
        <translation>Se connecte à une adresse&#xa0;: elle réussit quand la connexion s&apos;ouvre.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="87"/>
        <source>How the program is checked: by a command, an HTTP request or a TCP connection. Default: none.</source>
        <translation>Comment le programme est vérifié&#xa0;: par une commande, une requête HTTP ou une connexion TCP. Par défaut&#xa0;: aucune.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="89"/>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="39"/>
        <source>Initial delay:</source>
        <translation>Délai initial&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="40"/>
        <source>How long after the launch the first check waits. Default: 0 ms.</source>
        <translation>Attente de la première vérification après le lancement. Par défaut&#xa0;: 0 ms.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="41"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="42"/>
        <source>How often a check runs, counted from the first check. Default: 10000 ms.</source>
        <translation>Intervalle entre deux vérifications, compté à partir de la première. Par défaut&#xa0;: 10000 ms.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="45"/>
        <source>Timeout:</source>
        <translation>Délai d&apos;expiration&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="46"/>
        <source>How long one check may take; a check still running then fails. Default: 1000 ms.</source>
        <translation>Durée maximale d&apos;une vérification&#xa0;; une vérification encore en cours alors échoue. Par défaut&#xa0;: 1000 ms.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="49"/>
        <source>Failure threshold:</source>
        <translation>Seuil d&apos;échec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="50"/>
        <source>Failures in a row that make the probe fail. Default: 3.</source>
        <translation>Échecs consécutifs qui font échouer la sonde. Par défaut&#xa0;: 3.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="51"/>
        <source>Success threshold:</source>
        <translation>Seuil de réussite&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="53"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="128"/>
        <source>Successes in a row that make a failing probe pass: always 1 for a liveness probe, as only its failures act.</source>
        <translation>Réussites consécutives qui font réussir une sonde en échec&#xa0;: toujours 1 pour une sonde de vie, car seuls ses échecs agissent.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="130"/>
        <source>Successes in a row that make a failing probe pass. Default: 1.</source>
        <translation>Réussites consécutives qui font réussir une sonde en échec. Par défaut&#xa0;: 1.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="182"/>
        <source>Readiness probe</source>
        <translation>Sonde de disponibilité</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="182"/>
        <source>Liveness probe</source>
        <translation>Sonde de vie</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="188"/>
        <source>%1: the command opens a single quote (&apos;) that is never closed.</source>
        <extracomment>%1 is &quot;Readiness probe&quot; or &quot;Liveness probe&quot;</extracomment>
        <translation>%1&#xa0;: la commande ouvre une apostrophe (&apos;) qui n&apos;est jamais refermée.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="191"/>
        <source>%1: the command opens a double quote (&quot;) that is never closed.</source>
        <extracomment>%1 is &quot;Readiness probe&quot; or &quot;Liveness probe&quot;</extracomment>
        <translation>%1&#xa0;: la commande ouvre un guillemet double (&quot;) qui n&apos;est jamais refermé.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="194"/>
        <source>%1: the command ends with a backslash (\) that escapes nothing.</source>
        <extracomment>%1 is &quot;Readiness probe&quot; or &quot;Liveness probe&quot;</extracomment>
        <translation>%1&#xa0;: la commande se termine par une barre oblique inverse (\) qui n&apos;échappe rien.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="217"/>
        <source>Target:</source>
        <translation>Cible&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="218"/>
        <source>Choose a type first.</source>
        <translation>Choisissez d&apos;abord un type.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="225"/>
        <source>Command:</source>
        <translation>Commande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="226"/>
        <source>The command and its arguments, written as in a shell: quotes and backslashes keep spaces inside one argument. Variables and wildcards are not expanded.</source>
        <translation>La commande et ses arguments, écrits comme dans un shell&#xa0;: les guillemets et les barres obliques inverses gardent les espaces à l&apos;intérieur d&apos;un même argument. Les variables et les caractères génériques ne sont pas développés.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="232"/>
        <source>URL:</source>
        <translation>URL&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="233"/>
        <source>An http:// URL with a host, asked with GET, without a proxy; a redirect is an answer, not followed.</source>
        <translation>Une URL http:// avec un hôte, demandée par GET, sans proxy&#xa0;; une redirection est une réponse, elle n&apos;est pas suivie.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="238"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/probeeditor.cpp" line="239"/>
        <source>The host and port to connect to, as host:port; an IPv6 address goes in brackets, as in [::1]:8080.</source>
        <translation>L&apos;hôte et le port auxquels se connecter, sous la forme hôte:port&#xa0;; une adresse IPv6 se met entre crochets, comme [::1]:8080.</translation>
    </message>
</context>
<context>
    <name>ProbeJson</name>
    <message>
        <location filename="../src/core/config/probejson.cpp" line="64"/>
        <source>&quot;exec&quot; must be an array of strings, the command and its arguments (got %1)</source>
        <translation>« exec » doit être un tableau de chaînes, la commande et ses arguments (reçu %1)</translation>
    </message>
    <message>
        <location filename="../src/core/config/probejson.cpp" line="77"/>
        <source>%1 must be a string (got %2)</source>
        <translation>%1 doit être une chaîne (reçu %2)</translation>
    </message>
    <message>
        <location filename="../src/core/config/probejson.cpp" line="92"/>
        <source>must be an object with &quot;exec&quot;, &quot;http&quot; or &quot;tcp&quot; (got %1)</source>
        <translation>doit être un objet avec « exec », « http » ou « tcp » (reçu %1)</translation>
    </message>
    <message>
        <location filename="../src/core/config/probejson.cpp" line="102"/>
        <source>unknown key %1 (known: %2)</source>
        <translation>clé inconnue %1 (connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown key %1 (known: exec, http, tcp, initialDelayMs, periodMs, timeoutMs, failureThreshold, successThreshold)</source>
        <translation type="vanished">clé inconnue %1 (connues&#xa0;: exec, http, tcp, initialDelayMs, periodMs, timeoutMs, failureThreshold, successThreshold)</translation>
    </message>
    <message>
        <location filename="../src/core/config/probejson.cpp" line="111"/>
        <source>must have exactly one of &quot;exec&quot;, &quot;http&quot; and &quot;tcp&quot; (got %1)</source>
        <translation>doit avoir exactement une clé parmi « exec », « http » et « tcp » (reçu %1)</translation>
    </message>
    <message>
        <location filename="../src/core/config/probejson.cpp" line="125"/>
        <source>%1 must be a whole number (got %2)</source>
        <translation>%1 doit être un nombre entier (reçu %2)</translation>
    </message>
</context>
<context>
    <name>ProbeSpec</name>
    <message>
        <location filename="../src/core/model/probespec.cpp" line="22"/>
        <source>&quot;exec&quot; must name a command</source>
        <translation>« exec » doit nommer une commande</translation>
    </message>
    <message>
        <location filename="../src/core/model/probespec.cpp" line="27"/>
        <source>&quot;exec&quot; contains a NUL character</source>
        <translation>« exec » contient un caractère NUL</translation>
    </message>
    <message>
        <location filename="../src/core/model/probespec.cpp" line="34"/>
        <source>&quot;http&quot; must be an http:// URL with a host (got %1)</source>
        <translation>« http » doit être une URL http:// avec un hôte (reçu %1)</translation>
    </message>
    <message>
        <location filename="../src/core/model/probespec.cpp" line="43"/>
        <source>&quot;tcp&quot; must be &quot;host:port&quot; with a port from 1 to 65535 (got %1)</source>
        <translation>« tcp » doit être « hôte:port » avec un port de 1 à 65535 (reçu %1)</translation>
    </message>
    <message>
        <location filename="../src/core/model/probespec.cpp" line="62"/>
        <source>&quot;%1&quot; must be %2 or more (got %3)</source>
        <translation>« %1 » doit valoir %2 ou plus (reçu %3)</translation>
    </message>
    <message>
        <location filename="../src/core/model/probespec.cpp" line="85"/>
        <source>&quot;successThreshold&quot; of a liveness probe must be 1 (got %1)</source>
        <translation>« successThreshold » d’une sonde de vie doit valoir 1 (reçu %1)</translation>
    </message>
</context>
<context>
    <name>Prober</name>
    <message>
        <source>%1 probe: the last check is still running after %2 ms; this one is skipped</source>
        <translation type="vanished">sonde %1&#xa0;: la vérification précédente est toujours en cours après %2 ms&#xa0;; celle-ci est sautée</translation>
    </message>
    <message>
        <source>%1 probe failed (%2 of %3): %4</source>
        <translation type="vanished">échec de la sonde %1 (%2 sur %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/prober.cpp" line="30"/>
        <source>readiness probe</source>
        <translation>sonde de disponibilité</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/prober.cpp" line="30"/>
        <source>liveness probe</source>
        <translation>sonde de vie</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/prober.cpp" line="39"/>
        <source>%1: the last check is still running after %2 ms; this one is skipped</source>
        <comment>readiness or liveness probe</comment>
        <translation>%1&#xa0;: la vérification précédente est toujours en cours après %2 ms&#xa0;; celle-ci est sautée</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/prober.cpp" line="74"/>
        <source>%1 failed (%2 of %3): %4</source>
        <comment>readiness or liveness probe</comment>
        <translation>échec de la %1 (%2 sur %3)&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>ProblemAlerts</name>
    <message>
        <location filename="../src/gui/window/problemalerts.cpp" line="31"/>
        <source>zlauncher</source>
        <translation>zlauncher</translation>
    </message>
    <message>
        <location filename="../src/gui/window/problemalerts.cpp" line="32"/>
        <source>zlauncher</source>
        <comment>tray tooltip title</comment>
        <translation>zlauncher</translation>
    </message>
    <message>
        <location filename="../src/gui/window/problemalerts.cpp" line="40"/>
        <source>%1: %2</source>
        <comment>notification: title, message</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProblemNotifier</name>
    <message>
        <location filename="../src/gui/window/problemnotifier.cpp" line="41"/>
        <source>%1 is not responding</source>
        <translation>%1 ne répond plus</translation>
    </message>
    <message>
        <location filename="../src/gui/window/problemnotifier.cpp" line="43"/>
        <source>%1 was given up</source>
        <translation>%1 a été abandonné</translation>
    </message>
    <message>
        <location filename="../src/gui/window/problemnotifier.cpp" line="58"/>
        <source>%1 crashed</source>
        <translation>%1 a planté</translation>
    </message>
    <message>
        <location filename="../src/gui/window/problemnotifier.cpp" line="60"/>
        <source>%1 exited with an error</source>
        <translation>%1 s&apos;est terminé sur une erreur</translation>
    </message>
    <message>
        <location filename="../src/gui/window/problemnotifier.cpp" line="75"/>
        <source>1 more problem since the last notice</source>
        <translation>1 autre problème depuis la dernière notification</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/problemnotifier.cpp" line="76"/>
        <source>%n more problems since the last notice</source>
        <translation>
            <numerusform>%n autre problème depuis la dernière notification</numerusform>
            <numerusform>%n autres problèmes depuis la dernière notification</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/window/problemnotifier.cpp" line="100"/>
        <source>%1 had 1 more problem.</source>
        <translation>%1 a eu 1 autre problème.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/problemnotifier.cpp" line="101"/>
        <source>%1 had %n more problems.</source>
        <translation>
            <numerusform>%1 a eu %n autre problème.</numerusform>
            <numerusform>%1 a eu %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/problemnotifier.cpp" line="103"/>
        <source>%n more programs had problems: %1.</source>
        <translation>
            <numerusform>%n autre programme a eu des problèmes&#xa0;: %1.</numerusform>
            <numerusform>%n autres programmes ont eu des problèmes&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/window/problemnotifier.cpp" line="106"/>
        <source>More problems</source>
        <translation>Autres problèmes</translation>
    </message>
    <message>
        <location filename="../src/gui/window/problemnotifier.cpp" line="107"/>
        <source>The event log tells what happened.</source>
        <translation>Le journal des événements dit ce qui s&apos;est passé.</translation>
    </message>
</context>
<context>
    <name>ProcessTableModel</name>
    <message>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation type="vanished">%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation type="vanished">%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation type="vanished">%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>duration</comment>
        <translation type="vanished">%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <comment>heartbeat age</comment>
        <translation type="vanished">il y a %1 s</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>heartbeat age</comment>
        <translation type="vanished">il y a %1</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation type="vanished">signal %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <comment>exit code</comment>
        <translation type="vanished">code %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>exit status</comment>
        <translation type="vanished">inconnue</translation>
    </message>
    <message>
        <source>Has not exited since the launcher started</source>
        <translation type="vanished">Ne s&apos;est pas terminé depuis le démarrage du lanceur</translation>
    </message>
    <message>
        <source>Exited with code %1</source>
        <translation type="vanished">Terminé avec le code %1</translation>
    </message>
    <message>
        <source>Killed by signal %1 (%2)</source>
        <translation type="vanished">Tué par le signal %1 (%2)</translation>
    </message>
    <message>
        <source>Exited; its status is unknown because it was not started by this launcher</source>
        <translation type="vanished">Terminé&#xa0;; son statut de sortie est inconnu car il n&apos;a pas été lancé par ce lanceur</translation>
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
        <location filename="../src/gui/models/programcolumns.cpp" line="89"/>
        <source>Name</source>
        <comment>column: program name</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="91"/>
        <source>State</source>
        <comment>column: program state</comment>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="93"/>
        <source>PID</source>
        <comment>column: process id</comment>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="95"/>
        <source>CPU</source>
        <comment>column: processor use</comment>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="97"/>
        <source>Memory</source>
        <comment>column: resident memory</comment>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="99"/>
        <source>Uptime</source>
        <comment>column</comment>
        <translation>Actif depuis</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="101"/>
        <source>Last heartbeat</source>
        <comment>column</comment>
        <translation>Dernier battement</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="103"/>
        <source>Heartbeats (60 s)</source>
        <comment>column: strip of the recent beats</comment>
        <translation>Battements (60 s)</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="105"/>
        <source>Restarts</source>
        <comment>column: number of automatic restarts</comment>
        <translation>Redémarrages</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="107"/>
        <source>Exit</source>
        <comment>column: how the last instance ended</comment>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="109"/>
        <source>Status</source>
        <comment>column: text the program reports</comment>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="111"/>
        <source>Command</source>
        <comment>column: command line</comment>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="113"/>
        <source>Host</source>
        <comment>column: the host a program runs on</comment>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="122"/>
        <source>The program&apos;s name, unique in the configuration</source>
        <translation>Nom du programme, unique dans la configuration</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="124"/>
        <source>Lifecycle state, with the reason or the countdown</source>
        <translation>État du cycle de vie, avec la raison ou le compte à rebours</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="126"/>
        <source>Process id of the live instance</source>
        <translation>Identifiant de processus (PID) de l&apos;instance active</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="128"/>
        <source>Processor use of the program&apos;s process group, in percent of one core, over the last second</source>
        <translation>Utilisation du processeur par le groupe de processus du programme, en pourcentage d&apos;un cœur, sur la dernière seconde</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="131"/>
        <source>Resident memory of the program&apos;s process group</source>
        <translation>Mémoire résidente du groupe de processus du programme</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="133"/>
        <source>Time since the live instance was launched</source>
        <translation>Temps écoulé depuis le lancement de l&apos;instance active</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="135"/>
        <source>Time since the last heartbeat (plain programs send none)</source>
        <translation>Temps écoulé depuis le dernier battement de cœur (les programmes simples n&apos;en envoient pas)</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="137"/>
        <source>The heartbeats of the last minute, newest on the right: a tick per beat, late beats in orange, a silence tinted</source>
        <translation>Les battements de la dernière minute, les plus récents à droite&#xa0;: un trait par battement, en orange ceux en retard, un silence teinté</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="140"/>
        <source>Automatic restarts since the launcher started</source>
        <translation>Redémarrages automatiques depuis le démarrage du lanceur</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="142"/>
        <source>How the last instance ended: exit code or signal</source>
        <translation>Comment la dernière instance s&apos;est terminée&#xa0;: code de sortie ou signal</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="144"/>
        <source>Status text sent with the latest heartbeat</source>
        <translation>Texte de statut envoyé avec le dernier battement de cœur</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="146"/>
        <source>Program and arguments as configured</source>
        <translation>Programme et arguments tels que configurés</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcolumns.cpp" line="148"/>
        <source>The launcher that runs the program: this one (local) or an agent on another host (File ▸ Connect to host…)</source>
        <translation>Le lanceur qui fait tourner le programme&#xa0;: celui-ci (local) ou un agent sur un autre hôte (Fichier ▸ Se connecter à un hôte…)</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcells.cpp" line="90"/>
        <source>%1
Command: %2</source>
        <translation>%1
Commande&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcells.cpp" line="92"/>
        <source>Log: %1</source>
        <translation>Journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
Log: %2</source>
        <translation type="vanished">%1
Journal&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcells.cpp" line="95"/>
        <source>Depends on: %1</source>
        <translation>Dépend de&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcells.cpp" line="99"/>
        <source>Edited while running: this instance keeps its settings; its next start brings %1</source>
        <translation>Modifié en marche&#xa0;: cette instance garde ses réglages&#xa0;; son prochain démarrage apporte %1</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcells.cpp" line="59"/>
        <source>Process id %1; signals go to its whole process group</source>
        <translation>PID %1&#xa0;; les signaux sont envoyés à tout son groupe de processus</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcells.cpp" line="61"/>
        <location filename="../src/gui/models/programcells.cpp" line="70"/>
        <location filename="../src/gui/models/programcells.cpp" line="256"/>
        <source>No live instance</source>
        <translation>Aucune instance active</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcells.cpp" line="69"/>
        <source>Launched %1 ms ago</source>
        <translation>Lancé il y a %1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/models/programcells.cpp" line="75"/>
        <source>%n automatic restart(s) since the launcher started</source>
        <translation>
            <numerusform>%n redémarrage automatique depuis le démarrage du lanceur</numerusform>
            <numerusform>%n redémarrages automatiques depuis le démarrage du lanceur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcells.cpp" line="199"/>
        <source>%1
in %2</source>
        <translation>%1
dans %2</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcells.cpp" line="204"/>
        <source>As written: %1</source>
        <translation>Tel qu&apos;écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcells.cpp" line="260"/>
        <source>Not measured yet: processor and memory are sampled once a second</source>
        <translation>Pas encore mesuré&#xa0;: processeur et mémoire sont relevés une fois par seconde</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programcells.cpp" line="264"/>
        <source>CPU %1 of one core · memory %2 resident · 1 process in the group</source>
        <translation>CPU %1 d&apos;un cœur · mémoire %2 résidente · 1 processus dans le groupe</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/models/programcells.cpp" line="266"/>
        <source>CPU %1 of one core · memory %2 resident · %n processes in the group</source>
        <translation>
            <numerusform>CPU %1 d&apos;un cœur · mémoire %2 résidente · %n processus dans le groupe</numerusform>
            <numerusform>CPU %1 d&apos;un cœur · mémoire %2 résidente · %n processus dans le groupe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percent of one processor core</comment>
        <translation type="vanished">%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <comment>kibibytes</comment>
        <translation type="vanished">%1&#xa0;Kio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <comment>mebibytes</comment>
        <translation type="vanished">%1&#xa0;Mio</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <comment>gibibytes</comment>
        <translation type="vanished">%1&#xa0;Gio</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programtablecsv.cpp" line="26"/>
        <source>CPU (% of one core)</source>
        <comment>CSV column</comment>
        <translation>CPU (% d&apos;un cœur)</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programtablecsv.cpp" line="27"/>
        <source>Memory (bytes)</source>
        <comment>CSV column</comment>
        <translation>Mémoire (octets)</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programtablecsv.cpp" line="28"/>
        <source>Uptime (s)</source>
        <comment>CSV column</comment>
        <translation>Actif depuis (s)</translation>
    </message>
    <message>
        <source>Cannot write file %1: %2</source>
        <translation type="vanished">Impossible d&apos;écrire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A heartbeat program is ready from its first heartbeat, a plain program once alive past its minimum uptime.</source>
        <translation type="vanished">Un programme à battement de cœur est prêt dès son premier battement, un programme simple une fois en vie au-delà de sa durée minimale d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../src/gui/models/processtablemodel.cpp" line="76"/>
        <source>local</source>
        <comment>the Host column: this launcher&apos;s own programs</comment>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../src/gui/models/processtablemodel.cpp" line="158"/>
        <source>This computer (%1)</source>
        <translation>Cet ordinateur (%1)</translation>
    </message>
</context>
<context>
    <name>ProcessWatch</name>
    <message>
        <location filename="../src/core/os/processwatch.cpp" line="135"/>
        <source>cannot become the reaper of launched programs; exit codes will not be known: %1</source>
        <translation>impossible de devenir le processus récupérateur (subreaper) des programmes lancés&#xa0;; leurs codes de sortie resteront inconnus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/os/processwatch.cpp" line="74"/>
        <location filename="../src/core/os/processwatch.cpp" line="218"/>
        <source>cannot watch process %1: %2</source>
        <translation>impossible de surveiller le processus %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation type="vanished">signal %1</translation>
    </message>
    <message>
        <location filename="../src/core/os/processwatch.cpp" line="279"/>
        <source>cannot send signal %1 to process %2: %3</source>
        <translation>impossible d&apos;envoyer le signal %1 au processus %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ProgramActions</name>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="180"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="181"/>
        <source>&amp;Undo removal of %1</source>
        <translation>&amp;Annuler la suppression de %1</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="239"/>
        <source>Ping %1: %2</source>
        <comment>program, outcome</comment>
        <translation>Ping de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="244"/>
        <source>Pinging %1…</source>
        <translation>Ping de %1 en cours…</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="278"/>
        <source>Add a program</source>
        <translation>Ajouter un programme</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="279"/>
        <source>Add the program on:</source>
        <translation>Ajouter le programme sur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="303"/>
        <source>The program was not added</source>
        <translation>Le programme n&apos;a pas été ajouté</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="309"/>
        <source>Added %1</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="336"/>
        <source>The changes were not applied</source>
        <translation>Les modifications n&apos;ont pas été appliquées</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="340"/>
        <source>%1 changed; the changes apply at its next start</source>
        <translation>%1 modifié&#xa0;; les modifications prendront effet à son prochain démarrage</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="341"/>
        <source>%1 changed</source>
        <translation>%1 modifié</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="377"/>
        <source>Remove programs</source>
        <translation>Supprimer des programmes</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="384"/>
        <source>Remove %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="385"/>
        <source>Edit ▸ Undo brings it back until zlauncher closes.</source>
        <translation>Édition ▸ Annuler permet de revenir en arrière tant que zlauncher reste ouvert.</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="386"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="389"/>
        <source>%1 running. Remove %2?</source>
        <translation>En marche&#xa0;: %1. Supprimer %2&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="391"/>
        <source>Stop the running programs first, or leave them running without supervision.</source>
        <translation>Arrêtez d&apos;abord les programmes en marche, ou laissez-les tourner sans supervision.</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="392"/>
        <source>Stop and remove</source>
        <translation>Arrêter et supprimer</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="393"/>
        <source>Leave running and remove</source>
        <translation>Laisser tourner et supprimer</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="411"/>
        <source>Nothing was removed</source>
        <translation>Rien n&apos;a été supprimé</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="428"/>
        <source>Instance count of %1</source>
        <translation>Nombre d&apos;instances de %1</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="429"/>
        <source>Replicas of %1 to run (added ones start; removed ones stop from the highest index down):</source>
        <translation>Répliques de %1 à faire tourner (les ajoutées démarrent&#xa0;; les retirées s&apos;arrêtent de l&apos;indice le plus haut vers le bas)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="438"/>
        <source>%1 was not scaled</source>
        <translation>le nombre d&apos;instances de %1 n&apos;a pas changé</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="441"/>
        <source>%1 scaled to %2</source>
        <translation>%1 passe à %2 instances</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="452"/>
        <source>%1 could not be restored</source>
        <translation>Impossible de rétablir %1</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="471"/>
        <source>The log file was not opened</source>
        <translation>Le fichier journal n&apos;a pas été ouvert</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programactions.cpp" line="472"/>
        <source>No application could open %1.</source>
        <translation>Aucune application n&apos;a pu ouvrir %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/programactions.cpp" line="486"/>
        <source>Copied %n command line(s)</source>
        <translation>
            <numerusform>%n ligne de commande copiée</numerusform>
            <numerusform>%n lignes de commande copiées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location filename="../ui/programdialog.ui" line="6"/>
        <location filename="../src/gui/programdialog.cpp" line="80"/>
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
        <source>Env &amp;file:</source>
        <translation>&amp;Fichier d&apos;environnement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="179"/>
        <source>A dotenv file (NAME=value lines) whose variables the program gets, under its own environment, and that ${NAME} in its settings may refer to. Read again at each start; a relative path resolves against the configuration file&apos;s folder. Default (empty): none.</source>
        <translation>Un fichier dotenv (lignes NOM=valeur) dont le programme reçoit les variables, sous son propre environnement, et auquel ${NOM} dans ses réglages peut renvoyer. Relu à chaque démarrage&#xa0;; un chemin relatif part du dossier du fichier de configuration. Par défaut (vide)&#xa0;: aucun.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="182"/>
        <source>None, for example .env</source>
        <translation>Aucun, par exemple .env</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="189"/>
        <source>Choose the env file in a file dialog.</source>
        <translation>Choisir le fichier d&apos;environnement dans une boîte de dialogue.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="192"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="204"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="228"/>
        <source>Variables added to the program&apos;s environment, on top of the launcher&apos;s own. The launcher also sets the ZLAUNCHER_* variables. Rows without a name are ignored. Default: none.</source>
        <translation>Variables ajoutées à l&apos;environnement du programme, en plus de celles du lanceur. Le lanceur définit aussi les variables ZLAUNCHER_*. Les lignes sans nom sont ignorées. Par défaut&#xa0;: aucune.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="244"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="249"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="259"/>
        <source>Add an environment variable.</source>
        <translation>Ajouter une variable d&apos;environnement.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="262"/>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="272"/>
        <source>Remove the selected environment variables.</source>
        <translation>Supprimer les variables d&apos;environnement sélectionnées.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="275"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="302"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>How the launcher watches and stops the program.
Heartbeat (default): it speaks the zlauncher protocol; alive while it sends heartbeats, stopped by a stop request.
Plain: any executable; alive while its process runs, stopped by SIGTERM.</source>
        <translation type="vanished">Comment le lanceur surveille et arrête le programme.
Battement de cœur (par défaut)&#xa0;: il parle le protocole zlauncher&#xa0;; en vie tant qu&apos;il envoie des battements, arrêté par une requête d&apos;arrêt.
Simple&#xa0;: n&apos;importe quel exécutable&#xa0;; en vie tant que son processus tourne, arrêté par SIGTERM.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="312"/>
        <source>How the launcher watches and stops the program.
Heartbeat (default): it speaks the zlauncher protocol; alive while it sends heartbeats, stopped by a stop request.
Plain: any executable; alive while its process runs, stopped by SIGTERM.
Notify: it speaks systemd&apos;s notify protocol (sd_notify); running once it sends READY=1, alive while it sends WATCHDOG=1 if it has a watchdog, stopped by SIGTERM.</source>
        <translation>Comment le lanceur surveille et arrête le programme.
Battement de cœur (par défaut)&#xa0;: il parle le protocole zlauncher&#xa0;; en vie tant qu&apos;il envoie des battements, arrêté par une requête d&apos;arrêt.
Simple&#xa0;: n&apos;importe quel exécutable&#xa0;; en vie tant que son processus tourne, arrêté par SIGTERM.
Notify&#xa0;: il parle le protocole de notification de systemd (sd_notify)&#xa0;; en marche dès qu&apos;il envoie READY=1, en vie tant qu&apos;il envoie WATCHDOG=1 s&apos;il a un chien de garde, arrêté par SIGTERM.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="319"/>
        <location filename="../ui/programdialog.ui" line="559"/>
        <source>Heartbeat</source>
        <translation>Battement de cœur</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="324"/>
        <source>Plain</source>
        <translation>Simple</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="329"/>
        <source>Notify (systemd)</source>
        <translation>Notify (systemd)</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="337"/>
        <source>Start the program when the launcher starts, and as soon as it is added. Default: on.</source>
        <translation>Démarrer le programme au démarrage du lanceur, et dès qu&apos;il est ajouté. Par défaut&#xa0;: activé.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="340"/>
        <source>Start a&amp;utomatically</source>
        <translation>Démarrer a&amp;utomatiquement</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="347"/>
        <source>Depends &amp;on:</source>
        <translation>Prére&amp;quis&#xa0;:</translation>
    </message>
    <message>
        <source>The programs that must be ready before this one starts, separated by commas: a heartbeat program once it sends its first heartbeat, a plain program once alive past its minimum uptime. Starting this program starts them first; Stop all stops this one first. Default: none.</source>
        <translation type="vanished">Les programmes qui doivent être prêts avant que celui-ci démarre, séparés par des virgules&#xa0;: un programme à battement de cœur dès son premier battement, un programme simple une fois en vie au-delà de sa durée minimale d&apos;exécution. Démarrer ce programme les démarre d&apos;abord&#xa0;; Tout arrêter arrête celui-ci en premier. Par défaut&#xa0;: aucun.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="371"/>
        <source>The programs that must be ready before this one starts, separated by commas: a heartbeat program once it sends its first heartbeat, a plain program once alive past its minimum uptime (the Conditions table chooses another condition). Starting this program starts them first; Stop all stops this one first. Default: none.</source>
        <translation>Les programmes qui doivent être prêts avant que celui-ci démarre, séparés par des virgules&#xa0;: un programme à battement de cœur dès son premier battement, un programme simple une fois en vie au-delà de sa durée minimale d&apos;exécution (le tableau Conditions choisit une autre condition). Démarrer ce programme les démarre d&apos;abord&#xa0;; Tout arrêter arrête celui-ci en premier. Par défaut&#xa0;: aucun.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="374"/>
        <source>None: starts at once</source>
        <translation>Aucun&#xa0;: démarre immédiatement</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="381"/>
        <source>Tick the programs this one depends on, among the other configured programs.</source>
        <translation>Cocher les programmes dont celui-ci dépend, parmi les autres programmes configurés.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="384"/>
        <source>C&amp;hoose</source>
        <translation>C&amp;hoisir</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="396"/>
        <source>&amp;Conditions:</source>
        <translation>&amp;Conditions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="406"/>
        <source>What each program this one depends on must have done before this one starts. Default: Ready.</source>
        <translation>Ce que chaque programme dont celui-ci dépend doit avoir fait avant que celui-ci démarre. Par défaut&#xa0;: Prêt.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="419"/>
        <source>Dependency</source>
        <translation>Dépendance</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="424"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="432"/>
        <source>Re&amp;start:</source>
        <translation>Redémarra&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="442"/>
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
        <location filename="../ui/programdialog.ui" line="449"/>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="454"/>
        <source>On failure</source>
        <translation>En cas d&apos;échec</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="459"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="467"/>
        <source>Stop &amp;grace:</source>
        <translation>Délai de grâ&amp;ce&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="477"/>
        <source>How long a stopping program may take to exit before it is killed (SIGKILL). Default: 3000 ms.</source>
        <translation>Temps laissé à un programme en cours d&apos;arrêt pour se terminer avant d&apos;être tué (SIGKILL). Par défaut&#xa0;: 3000 ms.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="486"/>
        <location filename="../ui/programdialog.ui" line="584"/>
        <location filename="../ui/programdialog.ui" line="622"/>
        <location filename="../ui/programdialog.ui" line="657"/>
        <location filename="../ui/programdialog.ui" line="704"/>
        <location filename="../ui/programdialog.ui" line="771"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="502"/>
        <source>When the program&apos;s main process exits, kill every process it left in its process group or cgroup (a daemon it started, say), so that none competes with its next instance. Off: they keep running, reported in the exit event. Default: on.</source>
        <translation>Quand le processus principal du programme se termine, tuer chaque processus qu&apos;il a laissé dans son groupe de processus ou son cgroup (un démon qu&apos;il a lancé, par exemple), pour qu&apos;aucun ne concurrence son instance suivante. Désactivé&#xa0;: ils continuent de tourner, signalés dans l&apos;événement de fin. Par défaut&#xa0;: activé.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="505"/>
        <source>Kill what it leaves behind at exit</source>
        <translation>Tuer ce qu&apos;il laisse derrière lui en se terminant</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="512"/>
        <source>Instances:</source>
        <translation>Instances&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="522"/>
        <source>Run N replicas of the program, named NAME-0 to NAME-(N-1), each with its own row and ZLAUNCHER_INSTANCE_INDEX; a program that depends on NAME waits for all of them. Default: one program, not a replica.</source>
        <translation>Lancer N répliques du programme, nommées NOM-0 à NOM-(N-1), chacune avec sa ligne et ZLAUNCHER_INSTANCE_INDEX&#xa0;; un programme qui dépend de NOM les attend toutes. Par défaut&#xa0;: un seul programme, pas une réplique.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="525"/>
        <source>one, not a replica</source>
        <translation>un seul, pas une réplique</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="547"/>
        <source>Timings</source>
        <translation>Délais</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="550"/>
        <source>How the launcher watches the program and when it stops restarting it.</source>
        <translation>Comment le lanceur surveille le programme, et quand il cesse de le redémarrer.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="556"/>
        <source>Timings of heartbeat programs; plain programs do not use them.</source>
        <translation>Délais des programmes à battement de cœur&#xa0;; les programmes simples ne les utilisent pas.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="565"/>
        <source>&amp;Heartbeat interval:</source>
        <translation>&amp;Intervalle de battement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="575"/>
        <source>How often the program sends a heartbeat, given to it in ZLAUNCHER_INTERVAL_MS. Default: 1000 ms.</source>
        <translation>Intervalle entre deux battements de cœur du programme, qui lui est transmis dans ZLAUNCHER_INTERVAL_MS. Par défaut&#xa0;: 1000 ms.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="600"/>
        <location filename="../src/gui/programdialog.cpp" line="315"/>
        <source>&amp;Lost timeout:</source>
        <translation>Dé&amp;lai de perte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="610"/>
        <source>How long without a heartbeat before the program counts as hung and is restarted; it must be longer than the interval. Default (&quot;3 × interval&quot;): three missed heartbeats.</source>
        <translation>Durée sans battement de cœur au-delà de laquelle le programme est considéré comme bloqué et redémarré&#xa0;; elle doit dépasser l&apos;intervalle. Par défaut («&#xa0;3 × intervalle&#xa0;»)&#xa0;: trois battements manqués.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="619"/>
        <location filename="../src/gui/programdialog.cpp" line="317"/>
        <source>3 × interval</source>
        <translation>3 × intervalle</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="638"/>
        <source>S&amp;tart timeout:</source>
        <translation>&amp;Délai de démarrage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="648"/>
        <source>How long after launch the first heartbeat may take before the program counts as hung. Default: 10000 ms.</source>
        <translation>Temps laissé au premier battement de cœur après le lancement avant que le programme soit considéré comme bloqué. Par défaut&#xa0;: 10000 ms.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="676"/>
        <source>When the launcher stops restarting a program that keeps dying.</source>
        <translation>Quand le lanceur cesse de redémarrer un programme qui meurt sans cesse.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="679"/>
        <source>Restart limits</source>
        <translation>Limites de redémarrage</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="685"/>
        <source>&amp;Minimum uptime:</source>
        <translation>Durée minimale d&apos;e&amp;xécution&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="695"/>
        <source>A program that dies sooner than this after its start is restarted with a growing delay; a plain program counts as ready after it. Default: 1000 ms.</source>
        <translation>Un programme qui meurt plus tôt que cela après son démarrage est redémarré avec un délai croissant&#xa0;; un programme simple est considéré comme prêt passé cette durée. Par défaut&#xa0;: 1000 ms.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="720"/>
        <source>Ma&amp;ximum restarts:</source>
        <translation>Redémarrages &amp;maximum&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="730"/>
        <source>How many restarts are allowed within the restart window before the program is marked Failed. Default: 5.</source>
        <translation>Nombre de redémarrages permis dans la fenêtre de redémarrage avant que le programme passe à l&apos;état En échec. Par défaut&#xa0;: 5.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="752"/>
        <source>Restart w&amp;indow:</source>
        <translation>&amp;Fenêtre de redémarrage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="762"/>
        <source>The sliding window over which restarts are counted. Default: 60000 ms.</source>
        <translation>Fenêtre glissante sur laquelle les redémarrages sont comptés. Par défaut&#xa0;: 60000 ms.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="787"/>
        <source>Memor&amp;y limit:</source>
        <translation>Limi&amp;te de mémoire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="848"/>
        <source>Kernel memory cap:</source>
        <translation>Plafond mémoire du noyau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="858"/>
        <source>A hard limit the kernel enforces (memory.max of the program&apos;s own cgroup): above it, its OOM killer ends the program at once, and the exit event says so. Needs cgroup containment with the memory controller; otherwise the launcher says it is not enforced. Default: none.</source>
        <translation>Une limite stricte que le noyau impose (memory.max du cgroup propre au programme)&#xa0;: au-delà, son OOM killer arrête le programme aussitôt, et l&apos;événement de fin le dit. Demande le confinement par cgroup avec le contrôleur mémoire&#xa0;; sinon le lanceur dit qu&apos;elle n&apos;est pas appliquée. Par défaut&#xa0;: aucune.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="956"/>
        <source>Log files</source>
        <translation>Fichiers journaux</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="959"/>
        <source>When the program&apos;s log file is rotated, and what is kept of the old ones. Nothing written is lost.</source>
        <translation>Quand le fichier journal du programme est archivé, et ce qui est gardé des anciens. Rien de ce qui est écrit n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="965"/>
        <source>Rotate at si&amp;ze:</source>
        <translation>Archiver à la tail&amp;le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="975"/>
        <source>The file is rotated (renamed NAME.log.1, older ones shifted) before the next lines would take it past this size. Default: 10 MiB.</source>
        <translation>Le fichier est archivé (renommé NOM.log.1, les plus anciens décalés) avant que les lignes suivantes ne lui fassent dépasser cette taille. Par défaut&#xa0;: 10&#xa0;Mio.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="978"/>
        <location filename="../ui/programdialog.ui" line="1010"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="997"/>
        <source>Rotate at age:</source>
        <translation>Archiver à l&apos;âge&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="1007"/>
        <source>The file is rotated once its first line is this old, even if it is small. Default: never.</source>
        <translation>Le fichier est archivé dès que sa première ligne a cet âge, même s&apos;il est petit. Par défaut&#xa0;: jamais.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="1013"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="1029"/>
        <source>Rotated files kept:</source>
        <translation>Archives gardées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="1039"/>
        <source>How many rotated files are kept (NAME.log.1 is the newest); older ones are deleted. 0: the file is emptied at each rotation. Default: 3.</source>
        <translation>Combien d&apos;archives sont gardées (NOM.log.1 est la plus récente)&#xa0;; les plus anciennes sont supprimées. 0&#xa0;: le fichier est vidé à chaque archivage. Par défaut&#xa0;: 3.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="1052"/>
        <source>Rotated files are compressed with gzip (NAME.log.1.gz), by a process of its own so that writing never waits. Default: off.</source>
        <translation>Les archives sont compressées par gzip (NOM.log.1.gz), dans un processus à part pour que l&apos;écriture n&apos;attende jamais. Par défaut&#xa0;: non.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="1055"/>
        <source>Compress rotated files with gzip</source>
        <translation>Compresser les archives avec gzip</translation>
    </message>
    <message>
        <source>Memory &amp;limit:</source>
        <translation type="vanished">&amp;Limite de mémoire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="797"/>
        <source>The program is killed and restarted when its resident memory, its children&apos;s included, stays above this for the samples below in a row (one a second). Default: none.</source>
        <translation>Le programme est tué et redémarré quand sa mémoire résidente, celle de ses enfants comprise, reste au-dessus pendant le nombre d&apos;échantillons de suite ci-dessous (un par seconde). Par défaut&#xa0;: aucune.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="800"/>
        <location filename="../ui/programdialog.ui" line="861"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="809"/>
        <location filename="../ui/programdialog.ui" line="870"/>
        <location filename="../ui/programdialog.ui" line="981"/>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="825"/>
        <source>Samples a&amp;bove it:</source>
        <translation>Échantillons a&amp;u-dessus&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="835"/>
        <source>How many samples in a row above the memory limit make a restart: more than one forgives a spike. Default: 3.</source>
        <translation>Combien d&apos;échantillons de suite au-dessus de la limite de mémoire provoquent un redémarrage&#xa0;: plus d&apos;un pardonne un pic. Par défaut&#xa0;: 3.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="890"/>
        <source>Health probes</source>
        <translation>Sondes de santé</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="893"/>
        <source>Checks of the program&apos;s health, with Kubernetes&apos; semantics: a command, an HTTP request or a TCP connection, repeated every period.</source>
        <translation>Vérifications de la santé du programme, avec la sémantique de Kubernetes&#xa0;: une commande, une requête HTTP ou une connexion TCP, répétée à chaque période.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="899"/>
        <source>Until it passes, the program stays Starting: the programs that depend on it being ready or healthy wait. It never restarts the program.</source>
        <translation>Tant qu&apos;elle n&apos;a pas réussi, le programme reste en Démarrage&#xa0;: les programmes qui attendent qu&apos;il soit prêt ou en bonne santé attendent. Elle ne redémarre jamais le programme.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="902"/>
        <source>Readiness probe</source>
        <translation>Sonde de disponibilité</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="927"/>
        <source>When it fails, the program counts as hung (Lost): it is killed, then restarted per its restart policy.</source>
        <translation>Quand elle échoue, le programme est considéré comme bloqué (Perdu)&#xa0;: il est tué, puis redémarré selon sa politique de redémarrage.</translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="930"/>
        <source>Liveness probe</source>
        <translation>Sonde de vie</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="80"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="83"/>
        <source>%1 is running: changes apply at its next start.</source>
        <extracomment>%1 is the program&apos;s name</extracomment>
        <translation>%1 est en marche&#xa0;: les modifications prendront effet à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="94"/>
        <source>Default: %1</source>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="99"/>
        <source>Speaks the zlauncher protocol: alive while it sends heartbeats, stopped by a stop request.</source>
        <translation>Parle le protocole zlauncher&#xa0;: en vie tant qu&apos;il envoie des battements de cœur, arrêté par une requête d&apos;arrêt.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="103"/>
        <source>Any executable: alive while its process runs, stopped by SIGTERM.</source>
        <translation>N&apos;importe quel exécutable&#xa0;: en vie tant que son processus tourne, arrêté par SIGTERM.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="107"/>
        <source>Speaks systemd&apos;s notify protocol (sd_notify): running once it sends READY=1, alive while it sends WATCHDOG=1 if it has a watchdog timeout, stopped by SIGTERM.</source>
        <translation>Parle le protocole de notification de systemd (sd_notify)&#xa0;: en marche dès qu&apos;il envoie READY=1, en vie tant qu&apos;il envoie WATCHDOG=1 s&apos;il a un chien de garde, arrêté par SIGTERM.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="111"/>
        <source>Restart it whenever it exits.</source>
        <translation>Le redémarrer chaque fois qu&apos;il se termine.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="113"/>
        <source>Restart it after a non-zero exit code, a signal or a hang.</source>
        <translation>Le redémarrer après un code de sortie non nul, un signal ou un blocage.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="114"/>
        <source>Leave it stopped after it exits.</source>
        <translation>Le laisser arrêté une fois terminé.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="128"/>
        <source>Edit %1 on %2</source>
        <extracomment>Window title; %1 is the program&apos;s name, %2 the host&apos;s</extracomment>
        <translation>Modifier %1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="130"/>
        <source>Add program on %1</source>
        <translation>Ajouter un programme sur %1</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="133"/>
        <source>A path on %1, as it is there: it is not browsed from here.</source>
        <extracomment>%1 is a host&apos;s name</extracomment>
        <translation>Un chemin sur %1, tel qu&apos;il y est&#xa0;: il n&apos;est pas parcouru d&apos;ici.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/programproblems.cpp" line="27"/>
        <source>Enter a name for the program.</source>
        <translation>Saisissez un nom pour le programme.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/programproblems.cpp" line="32"/>
        <source>Another program is already named &quot;%1&quot;: choose another name.</source>
        <translation>Un autre programme s&apos;appelle déjà «&#xa0;%1&#xa0;»&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/programproblems.cpp" line="75"/>
        <source>%1 cannot be renamed while other programs depend on it: %2. Remove it from their dependencies first.</source>
        <extracomment>%1: the program&apos;s name before the edit; %2: the programs depending on it</extracomment>
        <translation>%1 ne peut pas être renommé tant que d&apos;autres programmes en dépendent&#xa0;: %2. Retirez-le d&apos;abord de leurs prérequis.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/programproblems.cpp" line="86"/>
        <source>The arguments open a single quote (&apos;) that is never closed.</source>
        <translation>Les arguments ouvrent une apostrophe (&apos;) qui n&apos;est jamais refermée.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/programproblems.cpp" line="88"/>
        <source>The arguments open a double quote (&quot;) that is never closed.</source>
        <translation>Les arguments ouvrent un guillemet double (&quot;) qui n&apos;est jamais refermé.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/programproblems.cpp" line="90"/>
        <source>The arguments end with a backslash (\) that escapes nothing.</source>
        <translation>Les arguments se terminent par une barre oblique inverse (\) qui n&apos;échappe rien.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/programproblems.cpp" line="99"/>
        <source>A program cannot depend on itself: remove %1 from &quot;Depends on&quot;.</source>
        <translation>Un programme ne peut pas dépendre de lui-même&#xa0;: retirez %1 des «&#xa0;Prérequis&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/programproblems.cpp" line="104"/>
        <source>There is no other program named &quot;%1&quot; to depend on.</source>
        <translation>Aucun autre programme ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;: impossible d&apos;en dépendre.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/programproblems.cpp" line="114"/>
        <source>These dependencies form a cycle (%1): none of these programs could ever start.</source>
        <extracomment>%1 is the cycle, as &quot;a -&gt; b -&gt; a&quot;</extracomment>
        <translation>Ces prérequis forment un cycle (%1)&#xa0;: aucun de ces programmes ne pourrait jamais démarrer.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/environmenteditor.cpp" line="65"/>
        <source>The environment variable on row %1 has a value but no name.</source>
        <translation>La variable d&apos;environnement de la ligne %1 a une valeur mais pas de nom.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/environmenteditor.cpp" line="72"/>
        <source>The environment variable %1 is set twice.</source>
        <translation>La variable d&apos;environnement %1 est définie deux fois.</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="315"/>
        <source>&amp;Watchdog timeout:</source>
        <translation>Délai du &amp;chien de garde&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="316"/>
        <source>None (no watchdog)</source>
        <translation>Aucun (pas de chien de garde)</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog/dependencyfield.cpp" line="134"/>
        <source>No other program is configured</source>
        <translation>Aucun autre programme n&apos;est configuré</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="325"/>
        <source>Choose the program</source>
        <translation>Choisir le programme</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="335"/>
        <source>Choose the env file</source>
        <translation>Choisir le fichier d&apos;environnement</translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="346"/>
        <source>Choose the working directory</source>
        <translation>Choisir le répertoire de travail</translation>
    </message>
</context>
<context>
    <name>ProgramExpansion</name>
    <message>
        <location filename="../src/core/model/programexpansion.cpp" line="38"/>
        <source>%1 of &quot;environment&quot;</source>
        <translation>%1 de &quot;environment&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/model/programexpansion.cpp" line="74"/>
        <source>program %1: %2</source>
        <translation>programme %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/programexpansion.cpp" line="101"/>
        <location filename="../src/core/model/programexpansion.cpp" line="129"/>
        <source>program %1: %2 (in %3)</source>
        <translation>programme %1&#xa0;: %2 (dans %3)</translation>
    </message>
</context>
<context>
    <name>ProgramRunner</name>
    <message>
        <location filename="../src/core/supervision/programrunner.cpp" line="29"/>
        <source>exited with code %1</source>
        <translation>terminé avec le code %1</translation>
    </message>
    <message>
        <source>killed by signal %1 (SIG%2)</source>
        <translation type="vanished">tué par le signal %1 (SIG%2)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunner.cpp" line="36"/>
        <source>exited (status unknown: it was not started by this launcher)</source>
        <translation>terminé (statut inconnu&#xa0;: il n&apos;a pas été lancé par ce lanceur)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunner.cpp" line="175"/>
        <source>killing process group (SIGKILL)</source>
        <translation>envoi de SIGKILL au groupe de processus</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerlaunch.cpp" line="55"/>
        <source>cannot start %1: cannot create the log folder %2</source>
        <translation>impossible de démarrer %1&#xa0;: impossible de créer le dossier des journaux %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="vanished">impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>killing it failed: %1</source>
        <translation type="vanished">impossible de le tuer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerlaunch.cpp" line="116"/>
        <source>cannot supervise %1 (pid %2): %3</source>
        <translation>impossible de superviser %1 (pid %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>adopted, waiting for its heartbeat</source>
        <translation type="vanished">adopté, en attente de son battement de cœur</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunner.cpp" line="32"/>
        <source>killed by signal %1 (%2)</source>
        <translation>tué par le signal %1 (%2)</translation>
    </message>
    <message>
        <source>the launcher uses process groups, and memory.max needs a cgroup of the program&apos;s own</source>
        <translation type="vanished">le lanceur utilise des groupes de processus, et memory.max demande un cgroup propre au programme</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerlaunch.cpp" line="101"/>
        <source>memoryMaxMiB (%1 MiB) is not enforced: %2; maxMemoryMiB, sampled, still is</source>
        <translation>memoryMaxMiB (%1&#xa0;Mio) n&apos;est pas appliqué&#xa0;: %2&#xa0;; maxMemoryMiB, échantillonné, l&apos;est toujours</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerlaunch.cpp" line="78"/>
        <source>cannot start %1: %2: %3</source>
        <translation>impossible de démarrer %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerlaunch.cpp" line="114"/>
        <source>%1; killing it failed: %2</source>
        <translation>%1 ; impossible de le tuer : %2</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerlaunch.cpp" line="183"/>
        <source>adopted (up %1 s)</source>
        <translation>adopté (actif depuis %1 s)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerlaunch.cpp" line="189"/>
        <source>adopted (up %1 s), waiting for its WATCHDOG=1</source>
        <translation>adopté (actif depuis %1 s), en attente de son WATCHDOG=1</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerlaunch.cpp" line="190"/>
        <source>adopted (up %1 s), waiting for its heartbeat</source>
        <translation>adopté (actif depuis %1 s), en attente de son battement de cœur</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunner.cpp" line="227"/>
        <source>after %1 ms</source>
        <translation>après %1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="335"/>
        <source>no WATCHDOG=1 for %1 ms (its watchdog timeout: %2 ms)</source>
        <translation>aucun WATCHDOG=1 depuis %1 ms (délai de son chien de garde&#xa0;: %2 ms)</translation>
    </message>
    <message>
        <source>died, and its restart policy is &quot;%1&quot;</source>
        <translation type="vanished">mort alors que sa politique de redémarrage est &quot;%1&quot;</translation>
    </message>
    <message>
        <source>restarted %1 times within %2 s; gave up until started again</source>
        <translation type="vanished">redémarré %1 fois en %2 s&#xa0;; abandon jusqu&apos;au prochain démarrage manuel</translation>
    </message>
    <message>
        <source>died %1 times within %2 ms of starting; restarting in %3 ms</source>
        <translation type="vanished">mort %1 fois dans les %2 ms suivant son démarrage&#xa0;; redémarrage dans %3 ms</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunner.cpp" line="303"/>
        <source>plain program</source>
        <translation>programme simple</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunner.cpp" line="199"/>
        <source>stop acknowledged in %1 ms</source>
        <translation>arrêt confirmé en %1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunner.cpp" line="47"/>
        <source>%1 process(es) it left in its cgroup were killed</source>
        <translation>%1 processus qu&apos;il a laissé(s) dans son cgroup ont été tués</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunner.cpp" line="48"/>
        <source>%1 process(es) it left in its cgroup keep running (killLeftovers is off)</source>
        <translation>%1 processus qu&apos;il a laissé(s) dans son cgroup continuent de tourner (killLeftovers est désactivé)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunner.cpp" line="201"/>
        <source>unexpected reply &quot;%1&quot; to stop</source>
        <translation>réponse inattendue &quot;%1&quot; à la requête stop</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunner.cpp" line="207"/>
        <source>stop request failed: %1</source>
        <translation>échec de la requête d&apos;arrêt&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunner.cpp" line="54"/>
        <source>the kernel&apos;s OOM killer ended it at its memoryMaxMiB (%1 MiB)</source>
        <translation>l&apos;OOM killer du noyau l&apos;a arrêté à son memoryMaxMiB (%1&#xa0;Mio)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunner.cpp" line="308"/>
        <source>notify program</source>
        <translation>programme notify</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunner.cpp" line="323"/>
        <source>%1; sending SIGTERM</source>
        <translation>%1&#xa0;; envoi de SIGTERM</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunner.cpp" line="331"/>
        <source>%1; killing it to restart</source>
        <translation>%1&#xa0;; tué pour être redémarré</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="41"/>
        <source>no heartbeat within %1 ms of start</source>
        <translation>aucun battement de cœur dans les %1 ms suivant le démarrage</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="338"/>
        <source>no heartbeat for %1 ms</source>
        <translation>aucun battement de cœur depuis %1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="345"/>
        <source>still running %1 ms after the stop request; sending SIGKILL</source>
        <translation>toujours en marche %1 ms après la requête d&apos;arrêt&#xa0;; envoi de SIGKILL</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="38"/>
        <source>no WATCHDOG=1 within %1 ms of its adoption</source>
        <translation>aucun WATCHDOG=1 dans les %1 ms suivant son adoption</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="39"/>
        <source>no READY=1 within %1 ms of start</source>
        <translation>aucun READY=1 dans les %1 ms suivant le démarrage</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="135"/>
        <source>heartbeat from pid %1, but this launcher runs %2 as pid %3: a stray or duplicate instance</source>
        <translation>battement de cœur du pid %1, alors que ce lanceur exécute %2 sous le pid %3&#xa0;: instance égarée ou en double</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="140"/>
        <source>heartbeat from pid %1, but %2 is not running under this launcher: a stray instance</source>
        <translation>battement de cœur du pid %1, alors que %2 ne tourne pas sous ce lanceur&#xa0;: instance égarée</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="177"/>
        <source>reports error %1: %2 (ERRNO=)</source>
        <translation>signale l&apos;erreur %1&#xa0;: %2 (ERRNO=)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="208"/>
        <source>set its watchdog timeout to %1 ms (WATCHDOG_USEC=)</source>
        <translation>a fixé le délai de son chien de garde à %1 ms (WATCHDOG_USEC=)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="210"/>
        <source>turned its watchdog off (WATCHDOG_USEC=0)</source>
        <translation>a désactivé son chien de garde (WATCHDOG_USEC=0)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="220"/>
        <source>is reloading (RELOADING=1)</source>
        <translation>se recharge (RELOADING=1)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="224"/>
        <source>is stopping on its own (STOPPING=1)</source>
        <translation>s&apos;arrête de lui-même (STOPPING=1)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="195"/>
        <source>it triggered its watchdog (WATCHDOG=trigger)</source>
        <translation>il a déclenché son chien de garde (WATCHDOG=trigger)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="238"/>
        <source>names pid %1 as its main process (MAINPID=), which is not in its process group; ignored</source>
        <translation>désigne le pid %1 comme processus principal (MAINPID=), qui n&apos;est pas dans son groupe de processus&#xa0;; ignoré</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="250"/>
        <source>names pid %1 as its main process (MAINPID=), which cannot be watched: %2</source>
        <translation>désigne le pid %1 comme processus principal (MAINPID=), qui ne peut pas être surveillé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="258"/>
        <source>its main process is now pid %1 (MAINPID=), was pid %2</source>
        <translation>son processus principal est désormais le pid %1 (MAINPID=), au lieu du pid %2</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="280"/>
        <source>asked for %1 ms more to start (EXTEND_TIMEOUT_USEC=)</source>
        <translation>a demandé %1 ms de plus pour démarrer (EXTEND_TIMEOUT_USEC=)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="281"/>
        <source>asked for %1 ms more to stop (EXTEND_TIMEOUT_USEC=)</source>
        <translation>a demandé %1 ms de plus pour s&apos;arrêter (EXTEND_TIMEOUT_USEC=)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="292"/>
        <source>reloaded (READY=1)</source>
        <translation>rechargé (READY=1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/supervision/programrunnerliveness.cpp" line="378"/>
        <source>its memory, %1 MiB, stayed above its limit of %2 MiB for %n sample(s) in a row</source>
        <translation>
            <numerusform>sa mémoire, %1 Mio, est restée au-dessus de sa limite de %2 Mio pendant %n échantillon de suite</numerusform>
            <numerusform>sa mémoire, %1 Mio, est restée au-dessus de sa limite de %2 Mio pendant %n échantillons de suite</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunner.cpp" line="359"/>
        <source>%1 (pid %2)</source>
        <comment>state (pid)</comment>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunner.cpp" line="362"/>
        <source>%1: %2</source>
        <comment>state: reason</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(pid %1)</source>
        <translation type="vanished">(pid %1)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerprobes.cpp" line="23"/>
        <source>up; waiting for its readiness probe to pass</source>
        <translation>démarré&#xa0;; attend la réussite de sa sonde de disponibilité</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerprobes.cpp" line="24"/>
        <source>%1; waiting for its readiness probe to pass</source>
        <translation>%1&#xa0;; attend la réussite de sa sonde de disponibilité</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/supervision/programrunnerprobes.cpp" line="84"/>
        <source>its liveness probe failed %n time(s) in a row: %1</source>
        <translation>
            <numerusform>sa sonde de vie a échoué %n fois de suite&#xa0;: %1</numerusform>
            <numerusform>sa sonde de vie a échoué %n fois de suite&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/supervision/programrunnerprobes.cpp" line="91"/>
        <source>ready: its readiness probe passes (%1)</source>
        <translation>prêt&#xa0;: sa sonde de disponibilité réussit (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/supervision/programrunnerprobes.cpp" line="92"/>
        <source>not ready: its readiness probe failed %n time(s) in a row (%1)</source>
        <translation>
            <numerusform>pas prêt&#xa0;: sa sonde de disponibilité a échoué %n fois de suite (%1)</numerusform>
            <numerusform>pas prêt&#xa0;: sa sonde de disponibilité a échoué %n fois de suite (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramSpec</name>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="18"/>
        <source>program %1: %2 must be a positive number of milliseconds (got %3)</source>
        <translation>programme %1&#xa0;: %2 doit être un nombre de millisecondes strictement positif (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="20"/>
        <source>program %1: %2 must be zero or more milliseconds (got %3)</source>
        <translation>programme %1&#xa0;: %2 doit être un nombre de millisecondes positif ou nul (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="40"/>
        <source>program %1: &quot;name&quot; must be 1 to 64 characters among letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>programme %1&#xa0;: &quot;name&quot; doit compter de 1 à 64 caractères parmi les lettres, les chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="46"/>
        <source>program %1: &quot;program&quot; must not be empty</source>
        <translation>programme %1&#xa0;: &quot;program&quot; ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="76"/>
        <source>program %1: &quot;lostTimeoutMs&quot; must be longer than &quot;heartbeatIntervalMs&quot; (%2 ms), or the program is declared lost between two heartbeats (got %3)</source>
        <translation>programme %1&#xa0;: &quot;lostTimeoutMs&quot; doit être supérieur à &quot;heartbeatIntervalMs&quot; (%2 ms), sinon le programme est déclaré perdu entre deux battements de cœur (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="96"/>
        <source>program %1: %2 must be zero or more (got %3)</source>
        <translation>programme %1&#xa0;: %2 doit être positif ou nul (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="109"/>
        <source>program %1: &quot;dependsOn&quot; must not name the program itself</source>
        <translation>programme %1&#xa0;: &quot;dependsOn&quot; ne doit pas désigner le programme lui-même</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="115"/>
        <source>program %1: &quot;dependsOn&quot; contains %2, which is not a valid program name</source>
        <translation>programme %1&#xa0;: &quot;dependsOn&quot; contient %2, qui n&apos;est pas un nom de programme valide</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="123"/>
        <source>program %1: a condition is set on %2, which is not in &quot;dependsOn&quot;</source>
        <translation>programme %1&#xa0;: une condition porte sur %2, qui n’est pas dans « dependsOn »</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="139"/>
        <source>program %1: %2 must be a number of MiB from 1 to %3 (got %4)</source>
        <translation>programme %1&#xa0;: %2 doit être un nombre de Mio de 1 à %3 (reçu %4)</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="147"/>
        <source>program %1: %2 must be from 1 to %3 (got %4)</source>
        <translation>programme %1&#xa0;: %2 doit être compris entre 1 et %3 (reçu %4)</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="155"/>
        <source>program %1: the name is too long for %2 replicas (%3 would be longer than 64 characters)</source>
        <translation>programme %1&#xa0;: le nom est trop long pour %2 répliques (%3 dépasserait 64 caractères)</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="165"/>
        <source>program %1: %2 must have a size from 0 to %3 MiB, an age of 0 or from a second to %4 hours, and from 0 to %5 files kept</source>
        <translation>programme %1&#xa0;: %2 doit avoir une taille de 0 à %3&#xa0;Mio, un âge de 0 ou d&apos;une seconde à %4 heures, et de 0 à %5 archives gardées</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="175"/>
        <source>program %1: %2 must be from 1 to 3600 samples (got %3)</source>
        <translation>programme %1&#xa0;: %2 doit être de 1 à 3600 échantillons (reçu %3)</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="190"/>
        <source>program %1: %2: %3</source>
        <translation>programme %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="205"/>
        <source>program %1: &quot;%2&quot; contains a NUL character</source>
        <translation>programme %1&#xa0;: &quot;%2&quot; contient un caractère NUL</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="212"/>
        <source>program %1: argument %2 of &quot;arguments&quot; contains a NUL character</source>
        <translation>programme %1&#xa0;: l’argument %2 de &quot;arguments&quot; contient un caractère NUL</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="221"/>
        <source>program %1: the value of %2 in &quot;environment&quot; contains a NUL character</source>
        <translation>programme %1&#xa0;: la valeur de %2 dans &quot;environment&quot; contient un caractère NUL</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="231"/>
        <source>program %1: &quot;environment&quot; has the variable name %2, which must not be empty nor contain &apos;=&apos;</source>
        <translation>programme %1&#xa0;: &quot;environment&quot; contient le nom de variable %2, qui ne doit être ni vide ni contenir &apos;=&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="254"/>
        <source>cannot start %1: no program is configured</source>
        <translation>impossible de démarrer %1&#xa0;: aucun exécutable n&apos;est configuré</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="260"/>
        <source>cannot start %1: program %2 was not found in PATH</source>
        <translation>impossible de démarrer %1&#xa0;: le programme %2 est introuvable dans PATH</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="266"/>
        <source>cannot start %1: %2 does not exist</source>
        <translation>impossible de démarrer %1&#xa0;: %2 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="270"/>
        <source>cannot start %1: %2 is a directory</source>
        <translation>impossible de démarrer %1&#xa0;: %2 est un répertoire</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="274"/>
        <source>cannot start %1: %2 is not executable</source>
        <translation>impossible de démarrer %1&#xa0;: %2 n&apos;est pas exécutable</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="283"/>
        <source>cannot start %1: working directory %2 does not exist</source>
        <translation>impossible de démarrer %1&#xa0;: le répertoire de travail %2 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecvalidation.cpp" line="288"/>
        <source>cannot start %1: working directory %2 is not a directory</source>
        <translation>impossible de démarrer %1&#xa0;: le répertoire de travail %2 n&apos;est pas un répertoire</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="21"/>
        <source>%1 %2 → %3</source>
        <comment>setting, running value, next value</comment>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="36"/>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="65"/>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="67"/>
        <source>working directory</source>
        <translation>dossier de travail</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="69"/>
        <source>env file</source>
        <translation>fichier d&apos;environnement</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="72"/>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="74"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="81"/>
        <source>heartbeat interval</source>
        <translation>intervalle des battements</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="83"/>
        <source>lost timeout</source>
        <translation>délai de perte</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="85"/>
        <source>start timeout</source>
        <translation>délai de démarrage</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="87"/>
        <source>stop grace</source>
        <translation>délai d&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="47"/>
        <source>%1 MiB</source>
        <translation>%1&#xa0;Mio</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="89"/>
        <source>kernel memory cap</source>
        <translation>plafond mémoire du noyau</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="53"/>
        <source>killed</source>
        <translation>tués</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="54"/>
        <source>left running</source>
        <translation>laissés en marche</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="91"/>
        <source>what it leaves at exit</source>
        <translation>ce qu&apos;il laisse en se terminant</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="93"/>
        <source>minimum uptime</source>
        <translation>durée de vie minimale</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="95"/>
        <source>restart policy</source>
        <translation>politique de redémarrage</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="97"/>
        <source>restart limit</source>
        <translation>limite de redémarrages</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="99"/>
        <source>restart window</source>
        <translation>fenêtre de redémarrage</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="48"/>
        <location filename="../src/core/model/programspecchanges.cpp" line="59"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="111"/>
        <source>readiness probe</source>
        <translation>sonde de disponibilité</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="112"/>
        <source>liveness probe</source>
        <translation>sonde de vie</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="119"/>
        <source>readiness probe timings</source>
        <translation>délais de la sonde de disponibilité</translation>
    </message>
    <message>
        <location filename="../src/core/model/programspecchanges.cpp" line="120"/>
        <source>liveness probe timings</source>
        <translation>délais de la sonde de vie</translation>
    </message>
</context>
<context>
    <name>ProgramState</name>
    <message>
        <location filename="../src/core/model/programstate.cpp" line="32"/>
        <source>Stopped</source>
        <comment>program state</comment>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../src/core/model/programstate.cpp" line="34"/>
        <source>Starting</source>
        <comment>program state</comment>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../src/core/model/programstate.cpp" line="36"/>
        <source>Running</source>
        <comment>program state</comment>
        <translation>En marche</translation>
    </message>
    <message>
        <location filename="../src/core/model/programstate.cpp" line="38"/>
        <source>Lost</source>
        <comment>program state: alive but silent</comment>
        <translation>Perdu</translation>
    </message>
    <message>
        <location filename="../src/core/model/programstate.cpp" line="41"/>
        <source>Stopping</source>
        <comment>program state</comment>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <location filename="../src/core/model/programstate.cpp" line="43"/>
        <source>Backoff</source>
        <comment>program state: waiting to restart</comment>
        <translation>Attente</translation>
    </message>
    <message>
        <location filename="../src/core/model/programstate.cpp" line="46"/>
        <source>Failed</source>
        <comment>program state: gave up restarting</comment>
        <translation>En échec</translation>
    </message>
</context>
<context>
    <name>ProgramStateText</name>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="53"/>
        <source>Waiting for %1</source>
        <comment>state: the programs it waits for</comment>
        <translation>En attente de %1</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="56"/>
        <source>Backoff (restart in %1 s)</source>
        <translation>Attente (encore %1 s)</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="60"/>
        <source>Stopping (kill in %1 s)</source>
        <translation>Arrêt (tué dans %1 s)</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="63"/>
        <source>%1: %2</source>
        <comment>state: reason</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="67"/>
        <source>%1 (adopted)</source>
        <translation>%1 (adopté)</translation>
    </message>
    <message>
        <source>Waiting for %1 to be ready before starting</source>
        <translation type="vanished">En attente de %1 avant de démarrer</translation>
    </message>
    <message>
        <source>A heartbeat program is ready from its first heartbeat,
a plain program once alive past its minimum uptime.</source>
        <translation type="vanished">Un programme à battement de cœur est prêt dès son premier battement,
un programme simple une fois en vie au-delà de sa durée minimale d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="50"/>
        <source>Waiting: %1</source>
        <comment>state: why it waits, one reason a dependency</comment>
        <translation>En attente&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="74"/>
        <source>Waiting for %1 before starting:</source>
        <translation>Attend %1 avant de démarrer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="78"/>
        <source>A heartbeat program is ready from its first heartbeat, a notify program from READY=1,
a plain program once alive past its minimum uptime; each once its readiness probe, if any, passes.</source>
        <translation>Un programme à battements est prêt dès son premier battement, un programme notify dès READY=1,
un programme simple une fois en vie au-delà de sa durée minimale&#xa0;; chacun une fois sa sonde de disponibilité réussie, s’il en a une.</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="81"/>
        <source>Stop cancels the wait.</source>
        <translation>Arrêter annule l&apos;attente.</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="86"/>
        <source>Reason: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="92"/>
        <source>Restart in %1 ms</source>
        <translation>Redémarrage dans %1 ms</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="93"/>
        <source>SIGKILL to the process group in %1 ms unless it exits</source>
        <translation>SIGKILL au groupe de processus dans %1 ms s&apos;il ne s&apos;est pas terminé d&apos;ici là</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="96"/>
        <source>Adopted: found running when the launcher started</source>
        <translation>Adopté&#xa0;: déjà en marche au démarrage du lanceur</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="100"/>
        <source>Watchdog: %1 ms without WATCHDOG=1 makes it lost</source>
        <translation>Chien de garde&#xa0;: %1 ms sans WATCHDOG=1 le rendent perdu</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="102"/>
        <source>Readiness probe</source>
        <translation>Sonde de disponibilité</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="103"/>
        <source>Liveness probe</source>
        <translation>Sonde de vie</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="105"/>
        <source>%1: %2</source>
        <comment>probe: summary</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="116"/>
        <source>no verdict yet</source>
        <translation>pas encore de verdict</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="117"/>
        <source>passing</source>
        <translation>réussit</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/models/programstatetext.cpp" line="118"/>
        <source>failing, %n in a row</source>
        <translation>
            <numerusform>en échec, %n de suite</numerusform>
            <numerusform>en échec, %n de suite</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="119"/>
        <source>%1, last check %2</source>
        <comment>probe: verdict, last result</comment>
        <translation>%1, dernière vérification&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/models/programstatetext.cpp" line="122"/>
        <source>; %n check(s) skipped while one was still running</source>
        <translation>
            <numerusform>&#xa0;; %n vérification sautée pendant qu’une autre était en cours</numerusform>
            <numerusform>&#xa0;; %n vérifications sautées pendant qu’une autre était en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>failing</source>
        <translation type="vanished">en échec</translation>
    </message>
    <message>
        <source>%1: %2, last check %3</source>
        <comment>probe: verdict, last result</comment>
        <translation type="vanished">%1&#xa0;: %2, dernière vérification %3</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="135"/>
        <source>No WATCHDOG=1 from this instance yet</source>
        <translation>Pas encore de WATCHDOG=1 de cette instance</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="136"/>
        <source>Notify program without a watchdog: READY=1 told it is up, its process alone tells it is alive</source>
        <translation>Programme notify sans chien de garde&#xa0;: READY=1 a dit qu&apos;il est prêt, seul son processus dit qu&apos;il est en vie</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="139"/>
        <source>Plain program: no heartbeats, its process alone tells it is alive</source>
        <translation>Programme simple&#xa0;: pas de battements de cœur, seul son processus indique qu&apos;il est en vie</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="140"/>
        <source>No heartbeat from this instance yet</source>
        <translation>Aucun battement de cœur de cette instance pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="142"/>
        <source>Last heartbeat %1 ms ago, sequence number %2
%3 heartbeats received in all</source>
        <translation>Dernier battement il y a %1 ms, numéro de séquence %2
%3 battements reçus au total</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="148"/>
        <source>Counted lost after %1 ms of silence</source>
        <translation>Considéré comme perdu après %1 ms de silence</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="156"/>
        <source>no answer</source>
        <comment>ping outcome</comment>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="157"/>
        <source>no answer (%1)</source>
        <comment>ping outcome: why</comment>
        <translation>pas de réponse (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="162"/>
        <source>%1 in %2 ms</source>
        <comment>ping outcome: reply, round trip</comment>
        <translation>%1 en %2 ms</translation>
    </message>
    <message>
        <location filename="../src/gui/models/programstatetext.cpp" line="171"/>
        <source>Last ping: %1, %2</source>
        <comment>ping outcome, age</comment>
        <translation>Dernier ping&#xa0;: %1, %2</translation>
    </message>
</context>
<context>
    <name>ProgramStatusBar</name>
    <message>
        <location filename="../src/gui/window/programstatusbar.cpp" line="32"/>
        <source>Heartbeats received per second, and malformed messages dropped</source>
        <translation>Battements de cœur reçus par seconde, et messages malformés rejetés</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programstatusbar.cpp" line="72"/>
        <source>%1: %2</source>
        <comment>state: number of programs</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programstatusbar.cpp" line="80"/>
        <source>Waiting: %1</source>
        <comment>number of programs waiting for dependencies</comment>
        <translation>En attente&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programstatusbar.cpp" line="82"/>
        <source>No programs: add one with Program ▸ Add… (Ctrl+N)</source>
        <translation>Aucun programme&#xa0;: ajoutez-en un avec Programme ▸ Ajouter… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programstatusbar.cpp" line="94"/>
        <source>%1 heartbeats/s · %2 dropped</source>
        <translation>%1 battements/s · %2 rejetés</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programstatusbar.cpp" line="95"/>
        <source>%1 heartbeats/s</source>
        <translation>%1 battements/s</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programstatusbar.cpp" line="102"/>
        <source>CPU %1 · %2</source>
        <comment>status bar: processor use, memory</comment>
        <translation>CPU %1 · %2</translation>
    </message>
    <message>
        <location filename="../src/gui/window/programstatusbar.cpp" line="107"/>
        <source>All programs together: 1 process.</source>
        <translation>Tous les programmes ensemble&#xa0;: 1 processus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/programstatusbar.cpp" line="108"/>
        <source>All programs together: %n processes.</source>
        <translation>
            <numerusform>Tous les programmes ensemble&#xa0;: %n processus.</numerusform>
            <numerusform>Tous les programmes ensemble&#xa0;: %n processus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/window/programstatusbar.cpp" line="110"/>
        <source>Processor use in percent of one core (%1 cores here: %2 at most); resident memory.</source>
        <translation>Utilisation du processeur en pourcentage d&apos;un cœur (%1 cœurs ici&#xa0;: %2 au plus)&#xa0;; mémoire résidente.</translation>
    </message>
</context>
<context>
    <name>ProgramStore</name>
    <message>
        <location filename="../src/core/config/configjson.cpp" line="36"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location filename="../src/core/config/configjson.cpp" line="38"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../src/core/config/configjson.cpp" line="42"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../src/core/config/programjson.cpp" line="29"/>
        <source>a whole number between -2147483648 and 2147483647</source>
        <translation>un nombre entier entre -2147483648 et 2147483647</translation>
    </message>
    <message>
        <location filename="../src/core/config/programjson.cpp" line="116"/>
        <location filename="../src/core/config/programjson.cpp" line="118"/>
        <location filename="../src/core/config/programjson.cpp" line="122"/>
        <location filename="../src/core/config/programjson.cpp" line="129"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../src/core/config/programjson.cpp" line="120"/>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <location filename="../src/core/config/programjson.cpp" line="127"/>
        <source>an object whose values are strings</source>
        <translation>un objet dont les valeurs sont des chaînes</translation>
    </message>
    <message>
        <location filename="../src/core/config/programjson.cpp" line="152"/>
        <source>an array of program names or of {&quot;name&quot;: …, &quot;condition&quot;: &quot;started&quot;, &quot;ready&quot;, &quot;healthy&quot;, &quot;completed&quot; or &quot;completedSuccessfully&quot;} objects</source>
        <translation>un tableau de noms de programmes ou d’objets {&quot;name&quot;&#xa0;: …, &quot;condition&quot;&#xa0;: &quot;started&quot;, &quot;ready&quot;, &quot;healthy&quot;, &quot;completed&quot; ou &quot;completedSuccessfully&quot;}</translation>
    </message>
    <message>
        <location filename="../src/core/config/programjson.cpp" line="238"/>
        <location filename="../src/core/config/programjson.cpp" line="256"/>
        <source>program %1: %2: %3</source>
        <translation>programme %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;heartbeat&quot; or &quot;plain&quot;</source>
        <translation type="vanished">&quot;heartbeat&quot; ou &quot;plain&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/config/programjson.cpp" line="131"/>
        <source>&quot;heartbeat&quot;, &quot;notify&quot; or &quot;plain&quot;</source>
        <translation>&quot;heartbeat&quot;, &quot;notify&quot; ou &quot;plain&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/config/programjson.cpp" line="133"/>
        <location filename="../src/core/config/programjson.cpp" line="142"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../src/core/config/programjson.cpp" line="136"/>
        <source>&quot;always&quot;, &quot;on-failure&quot; or &quot;never&quot;</source>
        <translation>&quot;always&quot;, &quot;on-failure&quot; ou &quot;never&quot;</translation>
    </message>
    <message>
        <source>an array of program names</source>
        <translation type="vanished">un tableau de noms de programmes</translation>
    </message>
    <message>
        <location filename="../src/core/config/programjson.cpp" line="316"/>
        <source>#%1</source>
        <translation>nº&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../src/core/config/programjson.cpp" line="193"/>
        <source>program %1 must be a JSON object (got %2)</source>
        <translation>le programme %1 doit être un objet JSON (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/config/programjson.cpp" line="202"/>
        <source>program %1: %2 is missing</source>
        <translation>programme %1&#xa0;: %2 est absent</translation>
    </message>
    <message>
        <location filename="../src/core/config/programjson.cpp" line="217"/>
        <source>program %1: %2 must be %3 (got %4)</source>
        <translation>programme %1&#xa0;: %2 doit être %3 (reçu&#xa0;: %4)</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="33"/>
        <source>two programs are named %1; each name must be unique</source>
        <translation>deux programmes s&apos;appellent %1&#xa0;; chaque nom doit être unique</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="42"/>
        <source>program %1 has the name of a replica of %2; rename one of them</source>
        <translation>le programme %1 porte le nom d&apos;une réplique de %2&#xa0;; renommez l&apos;un des deux</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="52"/>
        <source>program %1: &quot;dependsOn&quot; names %2, which is not a configured program</source>
        <translation>programme %1&#xa0;: &quot;dependsOn&quot; désigne %2, qui n&apos;est pas un programme configuré</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="60"/>
        <source>&quot;dependsOn&quot; forms a cycle (%1): none of these programs could ever start</source>
        <translation>&quot;dependsOn&quot; forme un cycle (%1)&#xa0;: aucun de ces programmes ne pourrait jamais démarrer</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="76"/>
        <source>JSON syntax error near line %1, column %2: %3</source>
        <translation>erreur de syntaxe JSON vers la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="90"/>
        <source>&quot;version&quot; must be a whole number of 1 or more (got %1)</source>
        <translation>&quot;version&quot; doit être un nombre entier supérieur ou égal à 1 (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="95"/>
        <source>this configuration was written by a newer zlauncher (format version %1; this one reads up to version %2); it will not be changed</source>
        <translation>cette configuration a été écrite par un zlauncher plus récent (format version %1&#xa0;; celui-ci lit jusqu&apos;à la version %2)&#xa0;; elle ne sera pas modifiée</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="112"/>
        <source>&quot;heartbeatEndpoints&quot; must be an array of strings (got %1)</source>
        <translation>&quot;heartbeatEndpoints&quot; doit être un tableau de chaînes (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="120"/>
        <source>&quot;heartbeatEndpoints&quot;: %1 must start with ipc:// or tcp:// and name an address</source>
        <translation>&quot;heartbeatEndpoints&quot;&#xa0;: %1 doit commencer par ipc:// ou tcp:// et indiquer une adresse</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="136"/>
        <source>&quot;listen&quot; must be an array of tcp://ADDRESS:PORT strings (got %1)</source>
        <translation>«&#xa0;listen&#xa0;» doit être un tableau de chaînes tcp://ADRESSE:PORT (reçu %1)</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="143"/>
        <source>&quot;listen&quot;: %1 must be tcp://ADDRESS:PORT, for example tcp://0.0.0.0:7700</source>
        <translation>«&#xa0;listen&#xa0;»&#xa0;: %1 doit être tcp://ADRESSE:PORT, par exemple tcp://0.0.0.0:7700</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="178"/>
        <source>the configuration is empty; it must be a JSON object such as {&quot;version&quot;: 1, &quot;programs&quot;: []}</source>
        <translation>la configuration est vide&#xa0;; elle doit être un objet JSON tel que {&quot;version&quot;: 1, &quot;programs&quot;: []}</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="189"/>
        <source>the configuration must be a JSON object (got %1)</source>
        <translation>la configuration doit être un objet JSON (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="202"/>
        <source>&quot;programs&quot; must be an array of objects (got %1)</source>
        <translation>&quot;programs&quot; doit être un tableau d&apos;objets (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="270"/>
        <location filename="../src/core/config/programstore.cpp" line="276"/>
        <source>Cannot read file %1: %2</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="283"/>
        <source>Invalid configuration file %1: %2</source>
        <translation>Fichier de configuration %1 non valide&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="296"/>
        <location filename="../src/core/config/programstore.cpp" line="304"/>
        <location filename="../src/core/config/programstore.cpp" line="309"/>
        <location filename="../src/core/config/programstore.cpp" line="315"/>
        <source>Cannot write file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="298"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="339"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>Impossible de renommer %1 en %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/core/config/programstore.cpp" line="345"/>
        <source>Cannot rename %1: too many files named %2-*</source>
        <translation>Impossible de renommer %1&#xa0;: trop de fichiers nommés %2-*</translation>
    </message>
</context>
<context>
    <name>PulseText</name>
    <message>
        <location filename="../src/gui/models/pulsetext.cpp" line="24"/>
        <source>Plain program: no heartbeats</source>
        <translation>Programme simple&#xa0;: pas de battements</translation>
    </message>
    <message>
        <location filename="../src/gui/models/pulsetext.cpp" line="28"/>
        <source>1 heartbeat in the last minute</source>
        <translation>1 battement dans la dernière minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/models/pulsetext.cpp" line="29"/>
        <source>%n heartbeats in the last minute</source>
        <translation>
            <numerusform>%n battement dans la dernière minute</numerusform>
            <numerusform>%n battements dans la dernière minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/models/pulsetext.cpp" line="30"/>
        <source>%n late</source>
        <comment>heartbeats</comment>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/models/pulsetext.cpp" line="36"/>
        <source>Plain program: no heartbeats, its process alone tells it is alive</source>
        <translation>Programme simple&#xa0;: pas de battements de cœur, seul son processus indique qu&apos;il est en vie</translation>
    </message>
    <message>
        <location filename="../src/gui/models/pulsetext.cpp" line="39"/>
        <source>1 heartbeat in the last 60 s</source>
        <translation>1 battement dans les 60 dernières secondes</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/models/pulsetext.cpp" line="40"/>
        <source>%n heartbeats in the last 60 s</source>
        <translation>
            <numerusform>%n battement dans les 60 dernières secondes</numerusform>
            <numerusform>%n battements dans les 60 dernières secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/models/pulsetext.cpp" line="42"/>
        <source>Interval: mean %1 s, longest %2 s (expected: %3 s)</source>
        <translation>Intervalle&#xa0;: %1 s en moyenne, %2 s au plus (attendu&#xa0;: %3 s)</translation>
    </message>
    <message>
        <location filename="../src/gui/models/pulsetext.cpp" line="46"/>
        <source>Expected interval: %1 s</source>
        <translation>Intervalle attendu&#xa0;: %1 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/models/pulsetext.cpp" line="48"/>
        <source>%n late (more than %1 s after the beat before)</source>
        <translation>
            <numerusform>%n en retard (plus de %1 s après le battement précédent)</numerusform>
            <numerusform>%n en retard (plus de %1 s après le battement précédent)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/models/pulsetext.cpp" line="52"/>
        <source>Silent for %1 s; counted lost after %2 s</source>
        <translation>Silencieux depuis %1 s&#xa0;; compté perdu après %2 s</translation>
    </message>
    <message>
        <location filename="../src/gui/models/pulsetext.cpp" line="56"/>
        <source>Only the last %1 s are kept at this rate</source>
        <translation>Seules les %1 dernières secondes sont conservées à ce rythme</translation>
    </message>
</context>
<context>
    <name>RemoteHosts</name>
    <message>
        <location filename="../src/core/remote/remotehosts.cpp" line="73"/>
        <source>no host is called %1</source>
        <translation>aucun hôte ne s&apos;appelle %1</translation>
    </message>
</context>
<context>
    <name>RemoteLauncher</name>
    <message>
        <location filename="../src/core/remote/remotelauncher.cpp" line="116"/>
        <source>%1 is unreachable since %2</source>
        <translation>%1 est injoignable depuis %2</translation>
    </message>
    <message>
        <location filename="../src/core/remote/remotelauncher.cpp" line="195"/>
        <source>%1 sent a reply that cannot be read</source>
        <translation>%1 a envoyé une réponse illisible</translation>
    </message>
    <message>
        <location filename="../src/core/remote/remotelauncherrequests.cpp" line="69"/>
        <location filename="../src/core/remote/remotelauncherstatus.cpp" line="27"/>
        <source>%1 sent a program this window cannot read: %2</source>
        <translation>%1 a envoyé un programme que cette fenêtre ne sait pas lire&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/remote/remotelauncherevents.cpp" line="33"/>
        <source>%1: events %2–%3 were missed and cannot be fetched again: the agent is of an older version, which keeps no events</source>
        <translation>%1&#xa0;: les événements %2 à %3 ont été manqués et ne peuvent être redemandés&#xa0;: l&apos;agent est d&apos;une version antérieure, qui ne garde aucun événement</translation>
    </message>
    <message>
        <location filename="../src/core/remote/remotelauncherevents.cpp" line="41"/>
        <source>%1: an event of %2–%3 was not kept by the agent, which keeps its last %4</source>
        <translation>%1&#xa0;: un événement de %2–%3 n&apos;a pas été gardé par l&apos;agent, qui garde ses %4 derniers</translation>
    </message>
    <message>
        <location filename="../src/core/remote/remotelauncherevents.cpp" line="43"/>
        <source>%1: %2 events of %3–%4 were not kept by the agent, which keeps its last %5</source>
        <translation>%1&#xa0;: %2 événements de %3–%4 n&apos;ont pas été gardés par l&apos;agent, qui garde ses %5 derniers</translation>
    </message>
    <message>
        <location filename="../src/core/remote/remotelauncherevents.cpp" line="48"/>
        <source>%1: event %2 was not kept by the agent, which keeps its last %3</source>
        <translation>%1&#xa0;: l&apos;événement %2 n&apos;a pas été gardé par l&apos;agent, qui garde ses %3 derniers</translation>
    </message>
    <message>
        <location filename="../src/core/remote/remotelauncherevents.cpp" line="52"/>
        <source>%1: events %2–%3 were not kept by the agent, which keeps its last %4</source>
        <translation>%1&#xa0;: les événements %2 à %3 n&apos;ont pas été gardés par l&apos;agent, qui garde ses %4 derniers</translation>
    </message>
    <message>
        <location filename="../src/core/remote/remotelauncherevents.cpp" line="65"/>
        <source>%1 restarted: its earlier events are gone; its events are told from its first on</source>
        <translation>%1 a redémarré&#xa0;: ses événements d&apos;avant sont perdus&#xa0;; les siens sont montrés depuis le premier</translation>
    </message>
</context>
<context>
    <name>RemoteOutputDialog</name>
    <message>
        <location filename="../src/gui/window/remoteoutputdialog.cpp" line="34"/>
        <source>Output of %1 on %2</source>
        <extracomment>Window title; %1 is a program&apos;s name, %2 its host&apos;s</extracomment>
        <translation>Sortie de %1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteoutputdialog.cpp" line="50"/>
        <source>Reading the output of %1 on %2…</source>
        <translation>Lecture de la sortie de %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteoutputdialog.cpp" line="72"/>
        <source>%1 is no longer followed.</source>
        <translation>%1 n&apos;est plus suivi.</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteoutputdialog.cpp" line="93"/>
        <source>%1 on %2</source>
        <extracomment>%1 is a file&apos;s path, %2 a host&apos;s name</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteoutputdialog.cpp" line="97"/>
        <source>— the log file was rotated —</source>
        <translation>— le fichier journal a été renouvelé —</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteoutputdialog.cpp" line="100"/>
        <source>— lines skipped: more came than one reading carries —</source>
        <translation>— lignes sautées&#xa0;: il en est venu plus qu&apos;une lecture n&apos;en rapporte —</translation>
    </message>
</context>
<context>
    <name>RemoteProgramActions</name>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="60"/>
        <source>start</source>
        <translation>démarrer</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="61"/>
        <source>stop</source>
        <translation>arrêter</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="62"/>
        <source>restart</source>
        <translation>redémarrer</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="63"/>
        <source>kill</source>
        <translation>tuer</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="85"/>
        <source>ping</source>
        <translation>pinguer</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="98"/>
        <source>Ping %1 on %2: %3</source>
        <comment>program, host, outcome</comment>
        <translation>Ping de %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="118"/>
        <source>add a program</source>
        <translation>ajouter un programme</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="124"/>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="128"/>
        <source>Added %1 on %2</source>
        <comment>program, host</comment>
        <translation>%1 ajouté sur %2</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="137"/>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="148"/>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="156"/>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="148"/>
        <source>its host&apos;s configuration no longer has it</source>
        <translation>la configuration de son hôte ne le contient plus</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="160"/>
        <source>%1 changed on %2</source>
        <comment>program, host</comment>
        <translation>%1 modifié sur %2</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="185"/>
        <source>Reading the configuration of %1…</source>
        <translation>Lecture de la configuration de %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="239"/>
        <source>%1 on %2</source>
        <comment>program on host</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="241"/>
        <source>Remove programs</source>
        <translation>Supprimer des programmes</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="242"/>
        <source>Remove %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="244"/>
        <source>They are removed from their hosts&apos; configurations; Undo cannot bring them back from here.</source>
        <translation>Ils sont retirés des configurations de leurs hôtes&#xa0;; Annuler ne peut pas les rétablir d&apos;ici.</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="246"/>
        <source>Stop and remove</source>
        <translation>Arrêter et supprimer</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="248"/>
        <source>Leave running and remove</source>
        <translation>Laisser tourner et supprimer</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="255"/>
        <source>remove</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="273"/>
        <source>the host is no longer followed</source>
        <translation>l&apos;hôte n&apos;est plus suivi</translation>
    </message>
    <message>
        <location filename="../src/gui/window/remoteprogramactions.cpp" line="280"/>
        <source>cannot %1 %2 on %3: %4</source>
        <comment>verb, program, host, reason</comment>
        <translation>impossible de %1 %2 sur %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>RemoteProgramsModel</name>
    <message>
        <location filename="../src/gui/models/remoteprogramsmodel.cpp" line="149"/>
        <source>%1 (%2), followed since the window started</source>
        <translation>%1 (%2), suivi depuis l&apos;ouverture de la fenêtre</translation>
    </message>
    <message>
        <location filename="../src/gui/models/remoteprogramsmodel.cpp" line="152"/>
        <source>The heartbeat strip is drawn for this launcher&apos;s own programs only</source>
        <translation>La bande des battements n&apos;est dessinée que pour les programmes de ce lanceur</translation>
    </message>
    <message>
        <location filename="../src/gui/models/remoteprogramsmodel.cpp" line="183"/>
        <source>%1: what it last said, which may no longer be true</source>
        <translation>%1&#xa0;: ce qu&apos;il a dit en dernier, qui n&apos;est peut-être plus vrai</translation>
    </message>
</context>
<context>
    <name>RestartBudget</name>
    <message>
        <location filename="../src/core/supervision/restartbudget.cpp" line="21"/>
        <source>died, and its restart policy is &quot;%1&quot;</source>
        <translation>mort alors que sa politique de redémarrage est &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/restartbudget.cpp" line="28"/>
        <source>restarted %1 times within %2 s; gave up until started again</source>
        <translation>redémarré %1 fois en %2 s&#xa0;; abandon jusqu&apos;au prochain démarrage manuel</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/restartbudget.cpp" line="40"/>
        <source>died %1 times within %2 ms of starting; restarting in %3 ms</source>
        <translation>mort %1 fois dans les %2 ms suivant son démarrage&#xa0;; redémarrage dans %3 ms</translation>
    </message>
</context>
<context>
    <name>RestartsPage</name>
    <message>
        <location filename="../src/gui/details/restartspage.cpp" line="27"/>
        <source>unknown</source>
        <comment>duration</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../src/gui/details/restartspage.cpp" line="47"/>
        <source>unknown (ended while no launcher ran)</source>
        <translation>inconnu (terminé alors qu&apos;aucun lanceur ne tournait)</translation>
    </message>
    <message>
        <location filename="../src/gui/details/restartspage.cpp" line="66"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../src/gui/details/restartspage.cpp" line="66"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../src/gui/details/restartspage.cpp" line="66"/>
        <source>Uptime</source>
        <translation>Durée d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../src/gui/details/restartspage.cpp" line="66"/>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../src/gui/details/restartspage.cpp" line="66"/>
        <source>Stop requested</source>
        <translation>Arrêt demandé</translation>
    </message>
    <message>
        <location filename="../src/gui/details/restartspage.cpp" line="68"/>
        <source>The last exits of this program, newest first; select one to see its last lines on stderr</source>
        <translation>Les dernières sorties de ce programme, les plus récentes en premier&#xa0;; en sélectionner une pour voir ses dernières lignes sur stderr</translation>
    </message>
    <message>
        <location filename="../src/gui/details/restartspage.cpp" line="161"/>
        <source>unknown</source>
        <comment>pid</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../src/gui/details/restartspage.cpp" line="163"/>
        <source>unknown</source>
        <comment>stop requested</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../src/gui/details/restartspage.cpp" line="164"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../src/gui/details/restartspage.cpp" line="164"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../src/gui/details/restartspage.cpp" line="197"/>
        <source>No exit seen since the launcher started.</source>
        <translation>Aucune sortie vue depuis le démarrage du lanceur.</translation>
    </message>
    <message>
        <location filename="../src/gui/details/restartspage.cpp" line="213"/>
        <source>pid %1, %2</source>
        <translation>pid %1, %2</translation>
    </message>
    <message>
        <location filename="../src/gui/details/restartspage.cpp" line="218"/>
        <source>Waiting for the last lines it wrote on stderr (%1)…</source>
        <translation>En attente des dernières lignes écrites sur stderr (%1)…</translation>
    </message>
    <message>
        <location filename="../src/gui/details/restartspage.cpp" line="221"/>
        <source>Its stderr was not captured (%1): it wrote its log file directly; see the Output tab.</source>
        <translation>Son stderr n&apos;a pas été capturé (%1)&#xa0;: il écrivait directement dans son fichier journal&#xa0;; voir l&apos;onglet Sortie du programme.</translation>
    </message>
    <message>
        <location filename="../src/gui/details/restartspage.cpp" line="227"/>
        <source>It wrote nothing on stderr (%1).</source>
        <translation>Il n&apos;a rien écrit sur stderr (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/details/restartspage.cpp" line="228"/>
        <source>The last %n line(s) it wrote on stderr (%1):</source>
        <translation>
            <numerusform>La dernière ligne écrite sur stderr (%1)&#xa0;:</numerusform>
            <numerusform>Les %n dernières lignes écrites sur stderr (%1)&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuntimeDir</name>
    <message>
        <location filename="../src/core/os/runtimedir.cpp" line="39"/>
        <source>cannot create runtime directory %1: cannot create its parent folder %2</source>
        <translation>impossible de créer le répertoire d&apos;exécution %1&#xa0;: impossible de créer son dossier parent %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/runtimedir.cpp" line="50"/>
        <source>cannot set mode 0700 on runtime directory %1: %2</source>
        <translation>impossible d&apos;appliquer le mode 0700 au répertoire d&apos;exécution %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/runtimedir.cpp" line="60"/>
        <source>cannot create runtime directory %1: %2</source>
        <translation>impossible de créer le répertoire d&apos;exécution %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/runtimedir.cpp" line="75"/>
        <source>cannot inspect runtime directory %1: %2</source>
        <translation>impossible d&apos;examiner le répertoire d&apos;exécution %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/runtimedir.cpp" line="81"/>
        <source>runtime directory %1 is a symbolic link, which could point anywhere; remove it or choose another directory with --runtime-dir or ZLAUNCHER_RUNTIME_DIR</source>
        <translation>le répertoire d&apos;exécution %1 est un lien symbolique, qui pourrait pointer n&apos;importe où&#xa0;; supprimez-le ou choisissez un autre répertoire avec --runtime-dir ou ZLAUNCHER_RUNTIME_DIR</translation>
    </message>
    <message>
        <location filename="../src/core/os/runtimedir.cpp" line="90"/>
        <source>runtime directory %1 exists but is not a directory; remove it or choose another directory with --runtime-dir or ZLAUNCHER_RUNTIME_DIR</source>
        <translation>le répertoire d&apos;exécution %1 existe mais n&apos;est pas un répertoire&#xa0;; supprimez-le ou choisissez un autre répertoire avec --runtime-dir ou ZLAUNCHER_RUNTIME_DIR</translation>
    </message>
    <message>
        <location filename="../src/core/os/runtimedir.cpp" line="99"/>
        <source>runtime directory %1 belongs to user %2, not to you (uid %3); choose another with --runtime-dir or ZLAUNCHER_RUNTIME_DIR</source>
        <translation>le répertoire d&apos;exécution %1 appartient à l&apos;utilisateur %2, pas à vous (uid %3)&#xa0;; choisissez-en un autre avec --runtime-dir ou ZLAUNCHER_RUNTIME_DIR</translation>
    </message>
    <message>
        <location filename="../src/core/os/runtimedir.cpp" line="107"/>
        <source>runtime directory %1 is accessible by group or others (mode %2); fix it with: chmod 700 %1</source>
        <translation>le répertoire d&apos;exécution %1 est accessible au groupe ou aux autres (mode %2)&#xa0;; corrigez-le avec&#xa0;: chmod 700 %1</translation>
    </message>
    <message>
        <location filename="../src/core/os/runtimedir.cpp" line="143"/>
        <source>the runtime directory path is empty</source>
        <translation>le chemin du répertoire d&apos;exécution est vide</translation>
    </message>
    <message>
        <location filename="../src/core/os/runtimedir.cpp" line="151"/>
        <source>runtime directory %1 is too long for ipc endpoints: %2 takes %3 bytes, more than the %4 a Unix socket path allows (and program names make theirs longer still); choose a shorter one with --runtime-dir or ZLAUNCHER_RUNTIME_DIR</source>
        <translation>le répertoire d&apos;exécution %1 est trop long pour les points d&apos;accès ipc&#xa0;: %2 occupe %3 octets, plus que les %4 permis pour un chemin de socket Unix (et les noms de programmes allongent encore les leurs)&#xa0;; choisissez-en un plus court avec --runtime-dir ou ZLAUNCHER_RUNTIME_DIR</translation>
    </message>
    <message>
        <location filename="../src/core/os/runtimedir.cpp" line="177"/>
        <source>the runtime directory is not open</source>
        <translation>le répertoire d&apos;exécution n&apos;est pas ouvert</translation>
    </message>
    <message>
        <location filename="../src/core/os/runtimedir.cpp" line="198"/>
        <source>another zlauncher (pid %1) is running on runtime directory %2</source>
        <translation>un autre zlauncher (pid %1) utilise le répertoire d&apos;exécution %2</translation>
    </message>
    <message>
        <location filename="../src/core/os/runtimedir.cpp" line="203"/>
        <source>another zlauncher is running on runtime directory %1 (lock file %2)</source>
        <translation>un autre zlauncher utilise le répertoire d&apos;exécution %1 (fichier de verrou %2)</translation>
    </message>
    <message>
        <location filename="../src/core/os/runtimedir.cpp" line="211"/>
        <source>cannot create lock file %1: permission denied</source>
        <translation>impossible de créer le fichier de verrou %1&#xa0;: permission refusée</translation>
    </message>
    <message>
        <location filename="../src/core/os/runtimedir.cpp" line="217"/>
        <source>cannot create lock file %1</source>
        <translation>impossible de créer le fichier de verrou %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="152"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="153"/>
        <source>Command line:</source>
        <translation>Ligne de commande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="154"/>
        <source>Executable:</source>
        <translation>Exécutable&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="155"/>
        <source>Working folder:</source>
        <translation>Répertoire de travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="156"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="157"/>
        <source>Start with the launcher:</source>
        <translation>Démarrage avec le lanceur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="158"/>
        <source>Restart:</source>
        <translation>Redémarrage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="159"/>
        <source>Heartbeat interval:</source>
        <translation>Intervalle de battement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="160"/>
        <source>Lost after:</source>
        <translation>Perdu après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="161"/>
        <source>Start timeout:</source>
        <translation>Délai de démarrage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="162"/>
        <source>Stop grace:</source>
        <translation>Délai de grâce&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="163"/>
        <source>Left at exit:</source>
        <translation>Laissé en se terminant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="164"/>
        <source>Minimum uptime:</source>
        <translation>Durée minimale d&apos;exécution&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="165"/>
        <source>Restart limit:</source>
        <translation>Limite de redémarrages&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="166"/>
        <source>Memory limit:</source>
        <translation>Limite de mémoire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="167"/>
        <source>Depends on:</source>
        <translation>Prérequis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="168"/>
        <source>Readiness probe:</source>
        <translation>Sonde de disponibilité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="169"/>
        <source>Liveness probe:</source>
        <translation>Sonde de vie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="170"/>
        <source>Environment:</source>
        <translation>Environnement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="171"/>
        <source>Env file:</source>
        <translation>Fichier d&apos;environnement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="172"/>
        <source>Log rotation:</source>
        <translation>Archivage du journal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="173"/>
        <source>Log file:</source>
        <translation>Fichier journal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="230"/>
        <source>%1 (running instance)
%2 (from its next start)</source>
        <translation>%1 (instance en marche)
%2 (à son prochain démarrage)</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="252"/>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="255"/>
        <source>%1 on %2</source>
        <extracomment>%1 is a file&apos;s path, %2 a host&apos;s name</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="269"/>
        <source>%1 (replica %2 of %3, which has %4 instances)</source>
        <translation>%1 (réplique %2 de %3, qui a %4 instances)</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="28"/>
        <source>%1
cannot be expanded: %2</source>
        <translation>%1
impossible à développer&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="32"/>
        <source>%1
as written: %2</source>
        <translation>%1
tel qu&apos;écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="318"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="142"/>
        <location filename="../src/gui/details/settingspage.cpp" line="324"/>
        <source>the launcher&apos;s</source>
        <translation>celui du lanceur</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="39"/>
        <source>heartbeat (speaks the protocol)</source>
        <translation>battement de cœur (parle le protocole)</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="41"/>
        <source>notify (speaks systemd&apos;s sd_notify)</source>
        <translation>notify (parle le sd_notify de systemd)</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="45"/>
        <source>plain (watched by its pid)</source>
        <translation>simple (surveillé par son pid)</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="278"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="278"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="52"/>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="54"/>
        <source>on failure</source>
        <translation>en cas d&apos;échec</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="58"/>
        <location filename="../src/gui/details/settingspage.cpp" line="126"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="67"/>
        <source>its own (WATCHDOG=1)</source>
        <translation>le sien (WATCHDOG=1)</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="71"/>
        <source>none (plain program)</source>
        <translation>aucun (programme simple)</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="82"/>
        <source>%1 (watchdog)</source>
        <translation>%1 (chien de garde)</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="83"/>
        <source>none (no watchdog)</source>
        <translation>aucun (pas de chien de garde)</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="87"/>
        <location filename="../src/gui/details/settingspage.cpp" line="283"/>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="79"/>
        <source> (3 × the interval)</source>
        <translation> (3 × l&apos;intervalle)</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="287"/>
        <source>killed: what the program leaves in its group when it exits</source>
        <translation>tué&#xa0;: ce que le programme laisse dans son groupe en se terminant</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="288"/>
        <source>left running</source>
        <translation>laissés en marche</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="290"/>
        <source>%1 restarts within %2 s</source>
        <translation>%1 redémarrages en %2 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/details/settingspage.cpp" line="93"/>
        <source>%1 MiB; restarted after %n sample(s) in a row above it</source>
        <translation>
            <numerusform>%1 Mio&#xa0;; redémarré après %n échantillon de suite au-dessus</numerusform>
            <numerusform>%1 Mio&#xa0;; redémarré après %n échantillons de suite au-dessus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="98"/>
        <source>kernel cap (memory.max): %1 MiB</source>
        <translation>plafond du noyau (memory.max)&#xa0;: %1&#xa0;Mio</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="110"/>
        <source>%1 (%2)</source>
        <comment>dependency (its condition)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="113"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="96"/>
        <location filename="../src/gui/details/settingspage.cpp" line="311"/>
        <location filename="../src/gui/details/settingspage.cpp" line="320"/>
        <location filename="../src/gui/details/settingspage.cpp" line="330"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="120"/>
        <source>at %1 MiB</source>
        <translation>à %1&#xa0;Mio</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="123"/>
        <source>after %1 h</source>
        <translation>après %1 h</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="128"/>
        <source>%1; %2 rotated file(s) kept%3</source>
        <translation>%1&#xa0;; %2 archive(s) gardée(s)%3</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="129"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="131"/>
        <source>, gzipped</source>
        <translation>, compressées par gzip</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="310"/>
        <source>%1, looked up in the PATH on %2</source>
        <translation>%1, cherché dans le PATH sur %2</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="313"/>
        <source>the folder of its configuration on %1</source>
        <translation>le dossier de sa configuration sur %1</translation>
    </message>
    <message>
        <location filename="../src/gui/details/settingspage.cpp" line="332"/>
        <source>%1
every %2 after %3, timeout %4; %5 failure(s) to fail, %6 success(es) to pass</source>
        <translation>%1
toutes les %2 après %3, délai %4&#xa0;; %5 échec(s) pour échouer, %6 succès pour réussir</translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <translation type="vanished">pas encore de verdict</translation>
    </message>
    <message>
        <source>passing</source>
        <translation type="vanished">réussit</translation>
    </message>
    <message numerus="yes">
        <source>failing, %n in a row</source>
        <translation type="vanished">
            <numerusform>en échec, %n de suite</numerusform>
            <numerusform>en échec, %n de suite</numerusform>
        </translation>
    </message>
    <message>
        <source>Last check: %1 (%2)</source>
        <translation type="vanished">Dernière vérification&#xa0;: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>; %n check(s) skipped while one was still running</source>
        <translation type="vanished">
            <numerusform>&#xa0;; %n vérification sautée pendant qu’une autre était en cours</numerusform>
            <numerusform>&#xa0;; %n vérifications sautées pendant qu’une autre était en cours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <source>also listening for heartbeats on %1 (configured; outside the private runtime directory, anyone who can reach it can send heartbeats)</source>
        <translation type="vanished">écoute aussi les battements de cœur sur %1 (configuré&#xa0;; hors du répertoire d&apos;exécution privé, quiconque peut l&apos;atteindre peut envoyer des battements)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/supervisorprograms.cpp" line="74"/>
        <source>%1 is still stopping after %2 was scaled down; try again once it has stopped</source>
        <translation>%1 est encore en train de s&apos;arrêter depuis la réduction de %2&#xa0;; réessayez quand il sera arrêté</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/supervisorprograms.cpp" line="82"/>
        <source>a program named &quot;%1&quot; already exists</source>
        <translation>un programme nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/supervisorprograms.cpp" line="83"/>
        <source>&quot;%1&quot; is the name of a replica of %2</source>
        <translation>«&#xa0;%1&#xa0;» est le nom d&apos;une réplique de %2</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/supervisorprograms.cpp" line="104"/>
        <source>program &quot;%1&quot;: the name is too long for a control endpoint in %2</source>
        <translation>programme «&#xa0;%1&#xa0;»&#xa0;: le nom est trop long pour un point d&apos;accès de contrôle dans %2</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/supervisorprograms.cpp" line="109"/>
        <source>%1 depends on %2: remove %2 from its dependencies before renaming it</source>
        <translation>%1 dépend de %2&#xa0;: retirez %2 de ses dépendances avant de le renommer</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/supervisorprograms.cpp" line="125"/>
        <source>program &quot;%1&quot;: &quot;dependsOn&quot; would form a cycle (%2), and none of these programs could ever start</source>
        <translation>programme «&#xa0;%1&#xa0;»&#xa0;: &quot;dependsOn&quot; formerait un cycle (%2), et aucun de ces programmes ne pourrait jamais démarrer</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/supervisorprograms.cpp" line="196"/>
        <location filename="../src/core/supervision/supervisorprograms.cpp" line="260"/>
        <location filename="../src/core/supervision/supervisorprograms.cpp" line="363"/>
        <source>there is no program named &quot;%1&quot;</source>
        <translation>aucun programme ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/supervisorprograms.cpp" line="198"/>
        <source>%1 is a replica of %2: scale %2 down, or remove %2</source>
        <translation>%1 est une réplique de %2&#xa0;: réduisez le nombre d&apos;instances de %2, ou supprimez %2</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/supervisorprograms.cpp" line="207"/>
        <source>%1 depends on %2: remove it as well, or take %2 out of its dependencies first</source>
        <translation>%1 dépend de %2&#xa0;: supprimez-le aussi, ou retirez d&apos;abord %2 de ses dépendances</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/supervisorprograms.cpp" line="264"/>
        <source>stop %1 before changing whether it has instances: its instances are named %1-0, %1-1 …</source>
        <translation>arrêtez %1 avant de changer s&apos;il a des instances&#xa0;: ses instances s&apos;appellent %1-0, %1-1 …</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/supervisorprograms.cpp" line="268"/>
        <source>stop %1 before renaming it</source>
        <translation>arrêtez %1 avant de le renommer</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/supervisorprograms.cpp" line="358"/>
        <source>%1 is a replica of %2: scale %2</source>
        <translation>%1 est une réplique de %2&#xa0;: changez le nombre d&apos;instances de %2</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/supervisorprograms.cpp" line="361"/>
        <source>%1 has no &quot;instances&quot;: edit it and give it a number of instances first</source>
        <translation>%1 n&apos;a pas d&apos;&quot;instances&quot;&#xa0;: modifiez-le d&apos;abord pour lui donner un nombre d&apos;instances</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/supervisorprograms.cpp" line="365"/>
        <source>%1 cannot have %2 instances: from 1 to %3</source>
        <translation>%1 ne peut pas avoir %2 instances&#xa0;: de 1 à %3</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/supervisorprograms.cpp" line="385"/>
        <source>scaled from %1 to %2 instances</source>
        <translation>passé de %1 à %2 instances</translation>
    </message>
    <message>
        <source>cannot start %1: it depends on &quot;%2&quot;, which is not a configured program</source>
        <translation type="vanished">impossible de démarrer %1&#xa0;: il dépend de «&#xa0;%2&#xa0;», qui n&apos;est pas un programme configuré</translation>
    </message>
    <message>
        <source>waiting for %1 to be ready before starting</source>
        <translation type="vanished">en attente de %1 avant de démarrer</translation>
    </message>
    <message>
        <source>no longer waiting for its dependencies: stopped</source>
        <translation type="vanished">n&apos;attend plus ses dépendances&#xa0;: arrêté</translation>
    </message>
    <message>
        <source>answered &quot;%1&quot; in %2 ms</source>
        <translation type="vanished">a répondu «&#xa0;%1&#xa0;» en %2 ms</translation>
    </message>
    <message>
        <source>no answer to ping: %1</source>
        <translation type="vanished">pas de réponse au ping&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is a plain program: it has no control endpoint to answer a ping</source>
        <translation type="vanished">%1 est un programme simple&#xa0;: il n&apos;a pas de point d&apos;accès de contrôle pour répondre à un ping</translation>
    </message>
    <message>
        <source>%1 is not running (%2)</source>
        <translation type="vanished">%1 n&apos;est pas en marche (%2)</translation>
    </message>
    <message>
        <source>it answered &quot;%1&quot; instead of pong</source>
        <translation type="vanished">il a répondu «&#xa0;%1&#xa0;» au lieu de pong</translation>
    </message>
    <message>
        <source>connected to %1 (pid %2)</source>
        <translation type="vanished">connecté à %1 (pid %2)</translation>
    </message>
    <message>
        <source>a process that is not a supervised program connected to %1 (pid %2%3)</source>
        <translation type="vanished">un processus qui n&apos;est pas un programme supervisé s&apos;est connecté à %1 (pid %2%3)</translation>
    </message>
    <message>
        <source>a process connected to %1</source>
        <translation type="vanished">un processus s&apos;est connecté à %1</translation>
    </message>
    <message>
        <source>disconnected from %1 (pid %2)</source>
        <translation type="vanished">déconnecté de %1 (pid %2)</translation>
    </message>
    <message>
        <source>a process disconnected from %1</source>
        <translation type="vanished">un processus s&apos;est déconnecté de %1</translation>
    </message>
    <message>
        <source>dropped %1 malformed heartbeat messages (%2); %3 dropped in all</source>
        <translation type="vanished">%1 messages de battement malformés rejetés (%2)&#xa0;; %3 rejetés au total</translation>
    </message>
    <message>
        <source>heartbeats from more than %1 unknown names; no longer reporting new ones</source>
        <translation type="vanished">battements de cœur provenant de plus de %1 noms inconnus&#xa0;; les nouveaux ne sont plus signalés</translation>
    </message>
    <message>
        <source>heartbeat from &quot;%1&quot;, which is not a configured program; ignored (reported once)</source>
        <translation type="vanished">battement de cœur de «&#xa0;%1&#xa0;», qui n&apos;est pas un programme configuré&#xa0;; ignoré (signalé une seule fois)</translation>
    </message>
    <message>
        <source>it never connected to the heartbeat endpoint %1: check that it publishes to $ZLAUNCHER_HEARTBEAT</source>
        <translation type="vanished">il ne s&apos;est jamais connecté au point d&apos;accès des battements %1&#xa0;: vérifiez qu&apos;il publie vers $ZLAUNCHER_HEARTBEAT</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/supervisordeadlines.cpp" line="65"/>
        <source>the launcher did not run for %1 ms (stopped, paused in a debugger, or starved of CPU)</source>
        <translation>le lanceur n&apos;a pas tourné pendant %1&#xa0;ms (arrêté, mis en pause dans un débogueur ou privé de processeur)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/supervision/supervisordeadlines.cpp" line="73"/>
        <source>%1; %n program(s) whose heartbeat was due meanwhile get a whole timeout again from now</source>
        <translation>
            <numerusform>%1&#xa0;; %n programme dont le battement était attendu entre-temps reçoit un délai complet à partir de maintenant</numerusform>
            <numerusform>%1&#xa0;; %n programmes dont le battement était attendu entre-temps reçoivent un délai complet à partir de maintenant</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (pid %2) is still running but no longer configured; left alone</source>
        <translation type="vanished">%1 (pid %2) est toujours en marche mais n&apos;est plus configuré&#xa0;; laissé tel quel</translation>
    </message>
    <message>
        <source>adopted the running instance (pid %1, up %2 s)</source>
        <translation type="vanished">instance en marche adoptée (pid %1, active depuis %2 s)</translation>
    </message>
    <message>
        <source>cannot adopt pid %1: %2</source>
        <translation type="vanished">impossible d&apos;adopter le pid %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="vanished">heure inconnue</translation>
    </message>
    <message>
        <source>was being started when the previous launcher stopped, and is not running (recorded at %1)</source>
        <translation type="vanished">était en cours de démarrage quand le lanceur précédent s’est arrêté, et ne tourne pas (relevé à %1)</translation>
    </message>
    <message>
        <source>pid %1 now belongs to another process: %2 ended while no launcher was running (last recorded at %3)</source>
        <translation type="vanished">le pid %1 appartient désormais à un autre processus&#xa0;: %2 s&apos;est terminé alors qu&apos;aucun lanceur ne tournait (dernier relevé&#xa0;: %3)</translation>
    </message>
    <message>
        <source>ended while no launcher was running (pid %1, last recorded at %2)</source>
        <translation type="vanished">terminé alors qu&apos;aucun lanceur ne tournait (pid %1, dernier relevé&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/supervision/supervisor.cpp" line="227"/>
        <source>cannot start %1: it is being removed, since %2 was scaled down</source>
        <translation>impossible de démarrer %1&#xa0;: il est en cours de suppression, car le nombre d&apos;instances de %2 a été réduit</translation>
    </message>
</context>
<context>
    <name>TcpProbeCheck</name>
    <message>
        <location filename="../src/core/os/netprobecheck.cpp" line="106"/>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <location filename="../src/core/os/netprobecheck.cpp" line="112"/>
        <source>no connection within %1 ms</source>
        <translation>pas de connexion en %1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/os/netprobecheck.cpp" line="120"/>
        <source>not a host:port</source>
        <translation>pas de la forme hôte:port</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../src/gui/window/trayicon.cpp" line="24"/>
        <location filename="../src/gui/window/trayicon.cpp" line="85"/>
        <source>Hide window</source>
        <translation>Masquer la fenêtre</translation>
    </message>
    <message>
        <location filename="../src/gui/window/trayicon.cpp" line="26"/>
        <source>Stop all</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <location filename="../src/gui/window/trayicon.cpp" line="30"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../src/gui/window/trayicon.cpp" line="39"/>
        <source>zlauncher</source>
        <translation>zlauncher</translation>
    </message>
    <message>
        <location filename="../src/gui/window/trayicon.cpp" line="86"/>
        <source>Show window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
</context>
<context>
    <name>VariableExpansion</name>
    <message>
        <location filename="../src/core/model/variableexpansion.cpp" line="22"/>
        <source>%1 is not a variable reference: write ${NAME} or ${NAME:-default}, NAME made of letters, digits and &apos;_&apos; and not starting with a digit (and $$ for a literal $)</source>
        <translation>%1 n&apos;est pas une référence de variable&#xa0;: écrivez ${NAME} ou ${NAME:-défaut}, NAME fait de lettres, de chiffres et de «&#xa0;_&#xa0;» et sans chiffre au début (et $$ pour un $ littéral)</translation>
    </message>
    <message>
        <location filename="../src/core/model/variableexpansion.cpp" line="33"/>
        <source>%1: a default cannot refer to another variable</source>
        <translation>%1&#xa0;: une valeur par défaut ne peut pas faire référence à une autre variable</translation>
    </message>
    <message>
        <location filename="../src/core/model/variableexpansion.cpp" line="45"/>
        <source>%1 is not defined</source>
        <translation>%1 n&apos;est pas défini</translation>
    </message>
    <message>
        <location filename="../src/core/model/variableexpansion.cpp" line="92"/>
        <source>%1: &quot;${&quot; without a closing &quot;}&quot;</source>
        <translation>%1&#xa0;: «&#xa0;${&#xa0;» sans «&#xa0;}&#xa0;» fermant</translation>
    </message>
</context>
<context>
    <name>ZapAuthenticator</name>
    <message>
        <location filename="../src/core/remote/zapauthenticator.cpp" line="57"/>
        <source>cannot start the ZAP handler that checks client keys: %1</source>
        <translation>impossible de démarrer le gestionnaire ZAP qui vérifie les clés des clients&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/remote/zapauthenticator.cpp" line="93"/>
        <source>authorized_keys not read again, the %n key(s) read before still apply: %1</source>
        <translation>
            <numerusform>authorized_keys n&apos;a pas été relu, la clé lue avant s&apos;applique toujours&#xa0;: %1</numerusform>
            <numerusform>authorized_keys n&apos;a pas été relu, les %n clés lues avant s&apos;appliquent toujours&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/remote/zapauthenticator.cpp" line="101"/>
        <source>%1 now admits %n client key(s)</source>
        <translation>
            <numerusform>%1 admet maintenant %n clé client</numerusform>
            <numerusform>%1 admet maintenant %n clés client</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/remote/zapauthenticator.cpp" line="116"/>
        <source>more than %1 different clients were refused; further ones are not logged</source>
        <translation>plus de %1 clients différents ont été refusés&#xa0;; les suivants ne sont pas journalisés</translation>
    </message>
    <message>
        <location filename="../src/core/remote/zapauthenticator.cpp" line="124"/>
        <source>refused %1: %2</source>
        <translation>refusé %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/remote/zapauthenticator.cpp" line="148"/>
        <location filename="../src/core/remote/zapauthenticator.cpp" line="158"/>
        <source>a client from %1</source>
        <translation>un client de %1</translation>
    </message>
    <message>
        <location filename="../src/core/remote/zapauthenticator.cpp" line="149"/>
        <source>a client without CURVE encryption</source>
        <translation>un client sans chiffrement CURVE</translation>
    </message>
    <message>
        <location filename="../src/core/remote/zapauthenticator.cpp" line="159"/>
        <source>its key %1 is not in %2; to admit it, run on this host: zlauncherctl authorize %1</source>
        <translation>sa clé %1 n&apos;est pas dans %2&#xa0;; pour l&apos;admettre, lancez sur cet hôte&#xa0;: zlauncherctl authorize %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/gui.cpp" line="23"/>
        <source>zlauncher cannot start</source>
        <translation>zlauncher ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../src/app/gui.cpp" line="63"/>
        <source>Not everything is served</source>
        <translation>Tout n&apos;est pas servi</translation>
    </message>
    <message>
        <source>No event stream</source>
        <translation type="vanished">Pas de flux d’événements</translation>
    </message>
    <message>
        <source>No remote control</source>
        <translation type="vanished">Pas de contrôle à distance</translation>
    </message>
    <message>
        <location filename="../src/app/headless.cpp" line="26"/>
        <source>zlauncher: %1</source>
        <translation>zlauncher&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/headless.cpp" line="105"/>
        <source>the configuration file %1 does not exist</source>
        <translation>le fichier de configuration %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="157"/>
        <source>Launches programs, watches them over ZeroMQ, restarts them when they die or hang, and stops them cleanly.</source>
        <translation>Lance des programmes, les surveille par ZeroMQ, les relance s’ils meurent ou se bloquent, et les arrête proprement.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="72"/>
        <source>Run without a window.</source>
        <translation>Fonctionner sans fenêtre.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="74"/>
        <source>Use this configuration file.</source>
        <translation>Utiliser ce fichier de configuration.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="75"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="78"/>
        <source>Use this runtime directory for the endpoints.</source>
        <translation>Utiliser ce répertoire d’exécution pour les points d’accès.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="79"/>
        <source>dir</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="82"/>
        <source>Headless output format: text or json.</source>
        <translation>Format de sortie sans fenêtre : text ou json.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="83"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="86"/>
        <source>Headless: also print every heartbeat.</source>
        <translation>Sans fenêtre : afficher aussi chaque battement de cœur.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="89"/>
        <source>Headless: on SIGINT/SIGTERM, exit and leave the programs running.</source>
        <translation>Sans fenêtre : sur SIGINT/SIGTERM, quitter en laissant les programmes tourner.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="93"/>
        <source>Do not start the autostart programs.</source>
        <translation>Ne pas démarrer les programmes à démarrage automatique.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="95"/>
        <source>Language of the window: fr or en.</source>
        <translation>Langue de la fenêtre : fr ou en.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="96"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="99"/>
        <source>Headless: also serve control and events on tcp://ADDRESS:PORT, CURVE-encrypted, for the keys in authorized_keys (repeatable).</source>
        <translation>Sans fenêtre&#xa0;: servir aussi le contrôle et les événements sur tcp://ADRESSE:PORT, chiffrés par CURVE, pour les clés de authorized_keys (répétable).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="103"/>
        <source>endpoint</source>
        <translation>point d&apos;accès</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="106"/>
        <source>Headless: keep this many of the last events (at most 4 MiB of them) for followers that missed some (default 10000).</source>
        <translation>Sans fenêtre&#xa0;: garder ce nombre des derniers événements (4&#xa0;Mio au plus) pour les clients qui en ont manqué (10000 par défaut).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="110"/>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="118"/>
        <source>zlauncher: --events takes text or json, not &quot;%1&quot;</source>
        <translation>zlauncher : --events accepte text ou json, pas « %1 »</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="123"/>
        <source>zlauncher: --keep-events takes a count from 0, not &quot;%1&quot;</source>
        <translation>zlauncher&#xa0;: --keep-events prend un nombre à partir de 0, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="128"/>
        <source>zlauncher: --listen makes an agent, which runs with --headless</source>
        <translation>zlauncher&#xa0;: --listen fait un agent, qui tourne avec --headless</translation>
    </message>
</context>
<context>
    <name>zlauncherctl</name>
    <message>
        <location filename="../src/ctl/commands.cpp" line="56"/>
        <source>the launcher&apos;s pid, version, mode and files</source>
        <translation>le pid, la version, le mode et les fichiers du lanceur</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="57"/>
        <source>Shows the launcher&apos;s pid, its version, its mode (window or headless), its runtime directory and its configuration file.</source>
        <translation>Affiche le pid du lanceur, sa version, son mode (fenêtre ou sans interface), son répertoire d&apos;exécution et son fichier de configuration.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="65"/>
        <source>every program with its state, as in the window</source>
        <translation>chaque programme avec son état, comme dans la fenêtre</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="66"/>
        <source>Lists the programs in configuration order, one line each: name, state, pid, uptime, age of the last heartbeat, restarts and the status the program reports. &quot;-&quot; marks what does not apply.
A program waiting for its dependencies shows &quot;waiting (a, b)&quot;.</source>
        <translation>Liste les programmes dans l&apos;ordre de la configuration, une ligne chacun&#xa0;: nom, état, pid, durée d&apos;exécution, âge du dernier battement, redémarrages et statut indiqué par le programme. «&#xa0;-&#xa0;» marque ce qui ne s&apos;applique pas.
Un programme qui attend ses dépendances affiche «&#xa0;en attente (a, b)&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="76"/>
        <source>everything about one program, settings included</source>
        <translation>tout sur un programme, réglages compris</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="77"/>
        <source>Shows one program: its state and why, pid, uptime, heartbeats, restarts, last exit, command, log file and its settings.</source>
        <translation>Affiche un programme&#xa0;: son état et sa raison, pid, durée d&apos;exécution, battements, redémarrages, dernière sortie, commande, fichier journal et ses réglages.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="85"/>
        <source>start a program, or every program</source>
        <translation>démarrer un programme, ou tous les programmes</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="86"/>
        <source>Starts the program, once what it depends on is running (those are started too). Returns as soon as the start has begun: follow it with `wait NAME --state running`.</source>
        <translation>Démarre le programme dès que ce dont il dépend est en marche (ces programmes sont démarrés aussi). Rend la main dès que le démarrage a commencé&#xa0;: suivez-le avec `wait NAME --state running`.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="95"/>
        <source>stop a program, or every program</source>
        <translation>arrêter un programme, ou tous les programmes</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="96"/>
        <source>Stops the program: a stop request (SIGTERM for a plain program), then SIGKILL after its grace period. Programs that depend on it are stopped first. Returns as soon as the stop has begun: follow it with `wait NAME --state stopped`.</source>
        <translation>Arrête le programme&#xa0;: une demande d&apos;arrêt (SIGTERM pour un programme simple), puis SIGKILL après son délai de grâce. Les programmes qui en dépendent sont arrêtés d&apos;abord. Rend la main dès que l&apos;arrêt a commencé&#xa0;: suivez-le avec `wait NAME --state stopped`.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="106"/>
        <source>stop then start a program, or every program</source>
        <translation>arrêter puis démarrer un programme, ou tous les programmes</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="107"/>
        <source>Stops the program as `stop` does, then starts it again. Returns as soon as the restart has begun.</source>
        <translation>Arrête le programme comme le fait `stop`, puis le démarre à nouveau. Rend la main dès que le redémarrage a commencé.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="115"/>
        <source>SIGKILL a program&apos;s process group at once</source>
        <translation>envoyer aussitôt SIGKILL au groupe de processus d&apos;un programme</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="116"/>
        <source>Sends SIGKILL to the program&apos;s process group without asking it to stop first. The program is not restarted.</source>
        <translation>Envoie SIGKILL au groupe de processus du programme sans lui demander d&apos;abord de s&apos;arrêter. Le programme n&apos;est pas redémarré.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="124"/>
        <source>ask a program to answer, show the round trip</source>
        <translation>demander à un programme de répondre, afficher l&apos;aller-retour</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="125"/>
        <source>Sends `ping` to the program&apos;s control socket and prints its answer (&quot;pong ...&quot;) and the round trip. --timeout is how long the program has to answer (default 1s, at most 60s).</source>
        <translation>Envoie `ping` au socket de contrôle du programme et affiche sa réponse («&#xa0;pong ...&#xa0;») et le temps d&apos;aller-retour. --timeout est le temps laissé au programme pour répondre (1s par défaut, au plus 60s).</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="135"/>
        <source>Or: zlauncherctl add [OPTIONS] --spec FILE|-

Adds a program named NAME that runs PROGRAM with the arguments ARG. Everything after PROGRAM is the program&apos;s, options and &quot;--&quot; included: put zlauncherctl&apos;s options before NAME. A relative PROGRAM containing a slash is taken from the current directory; a bare name is looked up in PATH.
--kind plain: the program knows nothing of the protocol (the default, heartbeat, expects heartbeats).
--no-autostart: not started when the launcher starts.
--restart always|on-failure|never: when it is restarted after an exit (default always).
--start: start it now.
--env-file FILE: the program&apos;s env file (dotenv: NAME=value lines), whose variables it gets and its settings may refer to as ${NAME}; taken from the current directory when it exists there.
--spec FILE: the program as a JSON object, exactly as in the configuration file (every setting available); - reads it from standard input. The options above override its keys. A relative &quot;program&quot; (with a slash), &quot;workingDirectory&quot; or &quot;envFile&quot; that exists in the current directory is taken from there; otherwise the launcher resolves it against its configuration file&apos;s folder.
The launcher saves its configuration with the new program.</source>
        <translation>Ou&#xa0;: zlauncherctl add [OPTIONS] --spec FILE|-

Ajoute un programme nommé NAME qui exécute PROGRAM avec les arguments ARG. Tout ce qui suit PROGRAM appartient au programme, options et «&#xa0;--&#xa0;» comprises&#xa0;: placez les options de zlauncherctl avant NAME. Un PROGRAM relatif contenant une barre oblique est pris dans le répertoire courant&#xa0;; un nom seul est cherché dans PATH.
--kind plain&#xa0;: le programme ne connaît rien du protocole (par défaut, heartbeat, il doit envoyer des battements).
--no-autostart&#xa0;: pas démarré au démarrage du lanceur.
--restart always|on-failure|never&#xa0;: quand il est redémarré après une sortie (always par défaut).
--start&#xa0;: le démarrer maintenant.
--env-file FILE&#xa0;: le fichier d&apos;environnement du programme (dotenv&#xa0;: des lignes NAME=value), dont il reçoit les variables et auxquelles ses réglages peuvent faire référence par ${NAME}&#xa0;; pris dans le répertoire courant s&apos;il y existe.
--spec FILE&#xa0;: le programme sous forme d&apos;objet JSON, exactement comme dans le fichier de configuration (tous les réglages disponibles)&#xa0;; - le lit sur l&apos;entrée standard. Les options ci-dessus remplacent ses clés. Un «&#xa0;program&#xa0;» relatif (avec une barre oblique), un «&#xa0;workingDirectory&#xa0;» ou un «&#xa0;envFile&#xa0;» qui existe dans le répertoire courant est pris là&#xa0;; sinon le lanceur le résout par rapport au dossier de son fichier de configuration.
Le lanceur enregistre sa configuration avec le nouveau programme.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="176"/>
        <source>run N instances of a program with instances</source>
        <translation>faire tourner N instances d&apos;un programme à instances</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="177"/>
        <source>Changes the number of instances of a program that has &quot;instances&quot; (its replicas NAME-0 … NAME-(N-1)) to N, from 1 up. The added replicas start; the removed ones stop one at a time from the highest index down, and are removed once stopped.</source>
        <translation>Fait passer à N (à partir de 1) le nombre d&apos;instances d&apos;un programme qui a &quot;instances&quot; (ses répliques NAME-0 … NAME-(N-1)). Les répliques ajoutées démarrent&#xa0;; les retirées s&apos;arrêtent une à une de l&apos;indice le plus haut vers le bas, et sont supprimées une fois arrêtées.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="228"/>
        <source>the last lines a program wrote, or follow them</source>
        <translation>les dernières lignes écrites par un programme, ou les suivre</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="229"/>
        <source>Prints the last lines of the program&apos;s log file, as its launcher captured them (stdout and stderr): 20, or --count N. --follow then prints what it writes, until interrupted; a rotation of the file is said on stderr. Works with --host as anywhere: the file is read by the launcher, on its host.</source>
        <translation>Affiche les dernières lignes du fichier journal du programme, telles que son lanceur les a capturées (stdout et stderr)&#xa0;: 20, ou --count N. --follow affiche ensuite ce qu&apos;il écrit, jusqu&apos;à interruption&#xa0;; un renouvellement du fichier est signalé sur stderr. Fonctionne avec --host comme partout&#xa0;: le fichier est lu par le lanceur, sur son hôte.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="265"/>
        <source>make a configuration from another supervisor&apos;s file</source>
        <translation>faire une configuration à partir du fichier d&apos;un autre superviseur</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="267"/>
        <source>Reads FILE, written for another supervisor, and makes a zlauncher configuration of it: a Procfile (foreman, honcho, overmind), a supervisord INI file with its [include] files, a process-compose YAML file or a PM2 ecosystem file in JSON or YAML. --format procfile|supervisord|process-compose|pm2 says which when the name and content do not.
-o OUT writes the configuration to OUT, which must not exist yet, and prints the report; without it, the configuration goes to standard output and the report to standard error. The report names every key of FILE: what it became, or why it has no counterpart. No launcher is needed.</source>
        <translation>Lit FILE, écrit pour un autre superviseur, et en fait une configuration zlauncher&#xa0;: un Procfile (foreman, honcho, overmind), un fichier INI de supervisord avec ses fichiers [include], un fichier YAML de process-compose ou un fichier ecosystem de PM2 en JSON ou en YAML. --format procfile|supervisord|process-compose|pm2 précise lequel quand le nom et le contenu ne le disent pas.
-o OUT écrit la configuration dans OUT, qui ne doit pas encore exister, et affiche le rapport&#xa0;; sans lui, la configuration va sur la sortie standard et le rapport sur la sortie d&apos;erreur. Le rapport nomme chaque clé de FILE&#xa0;: ce qu&apos;elle est devenue, ou pourquoi elle n&apos;a pas d&apos;équivalent. Aucun lanceur n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="283"/>
        <source>make this client&apos;s key pair for agents</source>
        <translation>créer la paire de clés de ce client pour les agents</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="284"/>
        <source>Makes the CURVE key pair with which this user&apos;s zlauncherctl and window reach agents on other hosts, in ~/.config/zlauncher/keys/client.key_secret (mode 0600) and client.key, and prints its public key: give that to `zlauncherctl authorize` on each agent&apos;s host. An existing pair is kept; its public key is printed. No launcher is needed.</source>
        <translation>Crée la paire de clés CURVE avec laquelle le zlauncherctl et la fenêtre de cet utilisateur joignent les agents d&apos;autres hôtes, dans ~/.config/zlauncher/keys/client.key_secret (mode 0600) et client.key, et affiche sa clé publique&#xa0;: donnez-la à `zlauncherctl authorize` sur l&apos;hôte de chaque agent. Une paire existante est conservée&#xa0;; sa clé publique est affichée. Aucun lanceur n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="296"/>
        <source>the hosts you drive, with state and round trip</source>
        <translation>les hôtes que vous pilotez, avec leur état et leur aller-retour</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="297"/>
        <source>Lists this host&apos;s launcher (&quot;local&quot;) and the agents of ~/.config/zlauncher/hosts.json, each with its state (running or no launcher; reachable, unreachable or refused) and the round trip of an info request, which may take --timeout (default 2s). `hosts add NAME tcp://HOST:PORT KEY` remembers an agent under NAME, for `--host NAME`; `hosts remove NAME` forgets it.</source>
        <translation>Liste le lanceur de cet hôte («&#xa0;local&#xa0;») et les agents de ~/.config/zlauncher/hosts.json, chacun avec son état (running ou no launcher&#xa0;; reachable, unreachable ou refused) et l&apos;aller-retour d&apos;une requête info, qui peut prendre --timeout (2s par défaut). `hosts add NAME tcp://HOST:PORT KEY` retient un agent sous le nom NAME, pour `--host NAME`&#xa0;; `hosts remove NAME` l&apos;oublie.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="375"/>
        <source>OPTIONS
    --runtime-dir DIR    the launcher&apos;s runtime directory R (see ENVIRONMENT)
    --connect ENDPOINT   an agent on another host, tcp://HOST:PORT, instead of R
    --server-key KEY     with --connect: the agent&apos;s public key, or its key file
    --key FILE           with --connect: this client&apos;s secret key file (default
                         ~/.config/zlauncher/keys/client.key_secret)
    --host NAME          the agent remembered as NAME (zlauncherctl hosts)
    --json               print the launcher&apos;s reply as JSON, as it is; events: one
                         JSON object a line; wait: one object, ok, name, state
    --timeout DURATION   how long to wait for the launcher&apos;s answer (default 5s);
                         ping: for the program&apos;s (at most 60s); events, wait:
                         for the events
    -h, --help           this manual; after a command, that command&apos;s help
    --version            the version of zlauncherctl
  Options of one command:
    --all                start, stop, restart, kill: every program
    --state STATE        wait: the state to wait for
    --count N            events: exit after N events; logs: print N lines
    --follow             logs: then print what the program writes
    --leave-running      remove, quit: leave the programs running
    --kind KIND          add: heartbeat (the default) or plain
    --no-autostart       add: not started when the launcher starts
    --restart POLICY     add: always (the default), on-failure or never
    --start              add: start the program now
    --spec FILE          add: the program as a JSON object; - reads stdin
    --env-file FILE      add: the program&apos;s env file (NAME=value lines)
    --label TEXT         authorize: a word on whose key it is
  DURATION is a number and a unit, 500ms, 5s, 2m; a plain number is in seconds.</source>
        <translation>OPTIONS
    --runtime-dir DIR    le répertoire d&apos;exécution R du lanceur (voir ENVIRONNEMENT)
    --json               afficher la réponse du lanceur en JSON, telle quelle&#xa0;; events&#xa0;:
                         un objet JSON par ligne
    --timeout DURATION   combien de temps attendre la réponse du lanceur (5s par
                         défaut)&#xa0;; ping&#xa0;: celle du programme&#xa0;; events, wait&#xa0;: les
                         événements
    -h, --help           ce manuel&#xa0;; après une commande, l&apos;aide de cette commande
    --version            la version de zlauncherctl
  Options d&apos;une seule commande&#xa0;:
    --all                start, stop, restart, kill&#xa0;: tous les programmes
    --state STATE        wait&#xa0;: l&apos;état à attendre
    --count N            events&#xa0;: terminer après N événements&#xa0;; logs&#xa0;: afficher N lignes
    --follow             logs&#xa0;: puis afficher ce que le programme écrit
    --leave-running      remove, quit&#xa0;: laisser les programmes en marche
    --kind KIND          add&#xa0;: heartbeat (par défaut) ou plain
    --no-autostart       add&#xa0;: pas démarré au démarrage du lanceur
    --restart POLICY     add&#xa0;: always (par défaut), on-failure ou never
    --start              add&#xa0;: démarrer le programme maintenant
    --spec FILE          add&#xa0;: le programme sous forme d&apos;objet JSON&#xa0;; - lit l&apos;entrée
                         standard
  DURATION est un nombre et une unité, 500ms, 5s, 2m&#xa0;; un nombre seul est en secondes.</translation>
    </message>
    <message>
        <source>Lists this host&apos;s launcher (&quot;local&quot;) and the agents of ~/.config/zlauncher/hosts.json, each with its state (running or no launcher; reachable, unreachable or refused) and the round trip of an info request. `hosts add NAME tcp://HOST:PORT KEY` remembers an agent under NAME, for `--host NAME`; `hosts remove NAME` forgets it.</source>
        <translation type="vanished">Liste le lanceur de cet hôte («&#xa0;local&#xa0;») et les agents de ~/.config/zlauncher/hosts.json, chacun avec son état (running ou no launcher&#xa0;; reachable, unreachable ou refused) et l&apos;aller-retour d&apos;une requête info. `hosts add NAME tcp://HOST:PORT KEY` retient un agent sous le nom NAME, pour `--host NAME`&#xa0;; `hosts remove NAME` l&apos;oublie.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="310"/>
        <source>let a client&apos;s key reach this host&apos;s agent</source>
        <translation>permettre à la clé d&apos;un client de joindre l&apos;agent de cet hôte</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="311"/>
        <source>Adds KEY, a client&apos;s public key as `zlauncherctl keygen` printed it (or its key file), to ~/.config/zlauncher/authorized_keys, with TEXT as its label. A running agent admits it at once. No launcher is needed.</source>
        <translation>Ajoute KEY, la clé publique d&apos;un client telle que `zlauncherctl keygen` l&apos;a affichée (ou son fichier de clé), à ~/.config/zlauncher/authorized_keys, avec TEXT pour étiquette. Un agent en marche l&apos;admet aussitôt. Aucun lanceur n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="359"/>
        <source>SYNOPSIS
    zlauncherctl [--runtime-dir DIR] [--json] [--timeout DURATION] COMMAND [ARGUMENTS]
    zlauncherctl --connect tcp://HOST:PORT --server-key KEY [--key FILE] COMMAND ...
    zlauncherctl --host NAME COMMAND ...
    zlauncherctl help [COMMAND]</source>
        <translation>SYNOPSIS
    zlauncherctl [--runtime-dir DIR] [--json] [--timeout DURATION] COMMAND [ARGUMENTS]
    zlauncherctl --connect tcp://HOST:PORT --server-key KEY [--key FILE] COMMAND ...
    zlauncherctl --host NAME COMMAND ...
    zlauncherctl help [COMMAND]</translation>
    </message>
    <message>
        <source>OPTIONS
    --runtime-dir DIR    the launcher&apos;s runtime directory R (see ENVIRONMENT)
    --connect ENDPOINT   an agent on another host, tcp://HOST:PORT, instead of R
    --server-key KEY     with --connect: the agent&apos;s public key, or its key file
    --key FILE           with --connect: this client&apos;s secret key file (default
                         ~/.config/zlauncher/keys/client.key_secret)
    --host NAME          the agent remembered as NAME (zlauncherctl hosts)
    --json               print the launcher&apos;s reply as JSON, as it is; events: one
                         JSON object a line; wait: one object, ok, name, state
    --timeout DURATION   how long to wait for the launcher&apos;s answer (default 5s);
                         ping: for the program&apos;s (at most 60s); events, wait:
                         for the events
    -h, --help           this manual; after a command, that command&apos;s help
    --version            the version of zlauncherctl
  Options of one command:
    --all                start, stop, restart, kill: every program
    --state STATE        wait: the state to wait for
    --count N            events: exit after N events
    --leave-running      remove, quit: leave the programs running
    --kind KIND          add: heartbeat (the default) or plain
    --no-autostart       add: not started when the launcher starts
    --restart POLICY     add: always (the default), on-failure or never
    --start              add: start the program now
    --spec FILE          add: the program as a JSON object; - reads stdin
    --env-file FILE      add: the program&apos;s env file (NAME=value lines)
    --label TEXT         authorize: a word on whose key it is
  DURATION is a number and a unit, 500ms, 5s, 2m; a plain number is in seconds.</source>
        <translation type="vanished">OPTIONS
    --runtime-dir DIR    le répertoire d&apos;exécution R du lanceur (voir ENVIRONNEMENT)
    --connect ENDPOINT   un agent d&apos;un autre hôte, tcp://HÔTE:PORT, au lieu de R
    --server-key KEY     avec --connect&#xa0;: la clé publique de l&apos;agent, ou son fichier
    --key FILE           avec --connect&#xa0;: le fichier de clé secrète de ce client (par
                         défaut ~/.config/zlauncher/keys/client.key_secret)
    --host NAME          l&apos;agent retenu sous le nom NAME (zlauncherctl hosts)
    --json               afficher la réponse du lanceur en JSON, telle quelle&#xa0;; events&#xa0;:
                         un objet JSON par ligne&#xa0;; wait&#xa0;: un objet, ok, name, state
    --timeout DURATION   combien de temps attendre la réponse du lanceur (5s par
                         défaut)&#xa0;; ping&#xa0;: celle du programme (au plus 60s)&#xa0;; events,
                         wait&#xa0;: les événements
    -h, --help           ce manuel&#xa0;; après une commande, l&apos;aide de cette commande
    --version            la version de zlauncherctl
  Options d&apos;une seule commande&#xa0;:
    --all                start, stop, restart, kill&#xa0;: tous les programmes
    --state STATE        wait&#xa0;: l&apos;état à attendre
    --count N            events&#xa0;: terminer après N événements
    --leave-running      remove, quit&#xa0;: laisser les programmes en marche
    --kind KIND          add&#xa0;: heartbeat (par défaut) ou plain
    --no-autostart       add&#xa0;: pas démarré au démarrage du lanceur
    --restart POLICY     add&#xa0;: always (par défaut), on-failure ou never
    --start              add&#xa0;: démarrer le programme maintenant
    --spec FILE          add&#xa0;: le programme sous forme d&apos;objet JSON&#xa0;; - lit l&apos;entrée
                         standard
    --env-file FILE      add&#xa0;: le fichier d&apos;environnement du programme (lignes
                         NAME=value)
    --label TEXT         authorize&#xa0;: un mot qui dit à qui est la clé
  DURATION est un nombre et une unité, 500ms, 5s, 2m&#xa0;; un nombre seul est en secondes.</translation>
    </message>
    <message>
        <source>SYNOPSIS
    zlauncherctl [--runtime-dir DIR] [--json] [--timeout DURATION] COMMAND [ARGUMENTS]
    zlauncherctl --connect tcp://HOST:PORT --server-key KEY [--key FILE] COMMAND ...
    zlauncherctl help [COMMAND]</source>
        <translation type="vanished">SYNOPSIS
    zlauncherctl [--runtime-dir DIR] [--json] [--timeout DURATION] COMMAND [ARGUMENTS]
    zlauncherctl --connect tcp://HOST:PORT --server-key KEY [--key FILE] COMMAND ...
    zlauncherctl help [COMMAND]</translation>
    </message>
    <message>
        <source>OPTIONS
    --runtime-dir DIR    the launcher&apos;s runtime directory R (see ENVIRONMENT)
    --connect ENDPOINT   an agent on another host, tcp://HOST:PORT, instead of R
    --server-key KEY     with --connect: the agent&apos;s public key, or its key file
    --key FILE           with --connect: this client&apos;s secret key file (default
                         ~/.config/zlauncher/keys/client.key_secret)
    --json               print the launcher&apos;s reply as JSON, as it is; events: one
                         JSON object a line; wait: one object, ok, name, state
    --timeout DURATION   how long to wait for the launcher&apos;s answer (default 5s);
                         ping: for the program&apos;s (at most 60s); events, wait:
                         for the events
    -h, --help           this manual; after a command, that command&apos;s help
    --version            the version of zlauncherctl
  Options of one command:
    --all                start, stop, restart, kill: every program
    --state STATE        wait: the state to wait for
    --count N            events: exit after N events
    --leave-running      remove, quit: leave the programs running
    --kind KIND          add: heartbeat (the default) or plain
    --no-autostart       add: not started when the launcher starts
    --restart POLICY     add: always (the default), on-failure or never
    --start              add: start the program now
    --spec FILE          add: the program as a JSON object; - reads stdin
    --env-file FILE      add: the program&apos;s env file (NAME=value lines)
    --label TEXT         authorize: a word on whose key it is
  DURATION is a number and a unit, 500ms, 5s, 2m; a plain number is in seconds.</source>
        <translation type="vanished">OPTIONS
    --runtime-dir DIR    le répertoire d&apos;exécution R du lanceur (voir ENVIRONNEMENT)
    --connect ENDPOINT   un agent d&apos;un autre hôte, tcp://HÔTE:PORT, au lieu de R
    --server-key KEY     avec --connect&#xa0;: la clé publique de l&apos;agent, ou son fichier
    --key FILE           avec --connect&#xa0;: le fichier de clé secrète de ce client (par
                         défaut ~/.config/zlauncher/keys/client.key_secret)
    --json               afficher la réponse du lanceur en JSON, telle quelle&#xa0;; events&#xa0;:
                         un objet JSON par ligne&#xa0;; wait&#xa0;: un objet, ok, name, state
    --timeout DURATION   combien de temps attendre la réponse du lanceur (5s par
                         défaut)&#xa0;; ping&#xa0;: celle du programme (au plus 60s)&#xa0;; events,
                         wait&#xa0;: les événements
    -h, --help           ce manuel&#xa0;; après une commande, l&apos;aide de cette commande
    --version            la version de zlauncherctl
  Options d&apos;une seule commande&#xa0;:
    --all                start, stop, restart, kill&#xa0;: tous les programmes
    --state STATE        wait&#xa0;: l&apos;état à attendre
    --count N            events&#xa0;: terminer après N événements
    --leave-running      remove, quit&#xa0;: laisser les programmes en marche
    --kind KIND          add&#xa0;: heartbeat (par défaut) ou plain
    --no-autostart       add&#xa0;: pas démarré au démarrage du lanceur
    --restart POLICY     add&#xa0;: always (par défaut), on-failure ou never
    --start              add&#xa0;: démarrer le programme maintenant
    --spec FILE          add&#xa0;: le programme sous forme d&apos;objet JSON&#xa0;; - lit l&apos;entrée
                         standard
    --env-file FILE      add&#xa0;: le fichier d&apos;environnement du programme (lignes
                         NAME=value)
    --label TEXT         authorize&#xa0;: un mot qui dit à qui est la clé
  DURATION est un nombre et une unité, 500ms, 5s, 2m&#xa0;; un nombre seul est en secondes.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="404"/>
        <source>EXIT STATUS
    0   success
    1   the operation failed (the launcher says why), its reply could not be read,
        or `wait` or `events` timed out
    2   usage error: unknown command or option, missing argument, bad value
    3   no launcher is running on R, or it did not answer in time; an agent
        is unreachable or refused this client&apos;s key</source>
        <translation>CODE DE RETOUR
    0   succès
    1   l&apos;opération a échoué (le lanceur dit pourquoi), sa réponse n&apos;a pas pu être
        lue, ou `wait` ou `events` a expiré
    2   erreur d&apos;utilisation&#xa0;: commande ou option inconnue, argument manquant,
        valeur incorrecte
    3   aucun lanceur ne tourne sur R, ou il n&apos;a pas répondu à temps&#xa0;; un agent
        est injoignable ou a refusé la clé de ce client</translation>
    </message>
    <message>
        <source>Reads FILE, written for another supervisor, and makes a zlauncher configuration of it: a Procfile (foreman, honcho, overmind), a supervisord INI file with its [include] files, a process-compose YAML file or a PM2 ecosystem file in JSON. --format procfile|supervisord|process-compose|pm2 says which when the name and content do not.
-o OUT writes the configuration to OUT, which must not exist yet, and prints the report; without it, the configuration goes to standard output and the report to standard error. The report names every key of FILE: what it became, or why it has no counterpart. No launcher is needed.</source>
        <translation type="vanished">Lit FILE, écrit pour un autre superviseur, et en fait une configuration zlauncher&#xa0;: un Procfile (foreman, honcho, overmind), un fichier INI de supervisord avec ses fichiers [include], un fichier YAML de process-compose ou un fichier ecosystem de PM2 en JSON. --format procfile|supervisord|process-compose|pm2 précise lequel quand le nom et le contenu ne le disent pas.
-o OUT écrit la configuration dans OUT, qui ne doit pas encore exister, et affiche le rapport&#xa0;; sans lui, la configuration va sur la sortie standard et le rapport sur la sortie d&apos;erreur. Le rapport nomme chaque clé de FILE&#xa0;: ce qu&apos;elle est devenue, ou pourquoi elle n&apos;a pas d&apos;équivalent. Aucun lanceur n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>OPTIONS
    --runtime-dir DIR    the launcher&apos;s runtime directory R (see ENVIRONMENT)
    --json               print the launcher&apos;s reply as JSON, as it is; events: one
                         JSON object a line; wait: one object, ok, name, state
    --timeout DURATION   how long to wait for the launcher&apos;s answer (default 5s);
                         ping: for the program&apos;s (at most 60s); events, wait:
                         for the events
    -h, --help           this manual; after a command, that command&apos;s help
    --version            the version of zlauncherctl
  Options of one command:
    --all                start, stop, restart, kill: every program
    --state STATE        wait: the state to wait for
    --count N            events: exit after N events
    --leave-running      remove, quit: leave the programs running
    --kind KIND          add: heartbeat (the default) or plain
    --no-autostart       add: not started when the launcher starts
    --restart POLICY     add: always (the default), on-failure or never
    --start              add: start the program now
    --spec FILE          add: the program as a JSON object; - reads stdin
    --env-file FILE      add: the program&apos;s env file (NAME=value lines)
  DURATION is a number and a unit, 500ms, 5s, 2m; a plain number is in seconds.</source>
        <translation type="vanished">OPTIONS
    --runtime-dir DIR    le répertoire d&apos;exécution R du lanceur (voir ENVIRONNEMENT)
    --json               afficher la réponse du lanceur en JSON, telle quelle&#xa0;; events&#xa0;:
                         un objet JSON par ligne&#xa0;; wait&#xa0;: un objet, ok, name, state
    --timeout DURATION   combien de temps attendre la réponse du lanceur (5s par
                         défaut)&#xa0;; ping&#xa0;: celle du programme (au plus 60s)&#xa0;; events,
                         wait&#xa0;: les événements
    -h, --help           ce manuel&#xa0;; après une commande, l&apos;aide de cette commande
    --version            la version de zlauncherctl
  Options d&apos;une seule commande&#xa0;:
    --all                start, stop, restart, kill&#xa0;: tous les programmes
    --state STATE        wait&#xa0;: l&apos;état à attendre
    --count N            events&#xa0;: terminer après N événements
    --leave-running      remove, quit&#xa0;: laisser les programmes en marche
    --kind KIND          add&#xa0;: heartbeat (par défaut) ou plain
    --no-autostart       add&#xa0;: pas démarré au démarrage du lanceur
    --restart POLICY     add&#xa0;: always (par défaut), on-failure ou never
    --start              add&#xa0;: démarrer le programme maintenant
    --spec FILE          add&#xa0;: le programme sous forme d&apos;objet JSON&#xa0;; - lit l&apos;entrée
                         standard
    --env-file FILE      add&#xa0;: le fichier d&apos;environnement du programme (lignes
                         NAME=value)
  DURATION est un nombre et une unité, 500ms, 5s, 2m&#xa0;; un nombre seul est en secondes.</translation>
    </message>
    <message>
        <source>Or: zlauncherctl add [OPTIONS] --spec FILE|-

Adds a program named NAME that runs PROGRAM with the arguments ARG. Everything after PROGRAM is the program&apos;s, options and &quot;--&quot; included: put zlauncherctl&apos;s options before NAME. A relative PROGRAM containing a slash is taken from the current directory; a bare name is looked up in PATH.
--kind plain: the program knows nothing of the protocol (the default, heartbeat, expects heartbeats).
--no-autostart: not started when the launcher starts.
--restart always|on-failure|never: when it is restarted after an exit (default always).
--start: start it now.
--spec FILE: the program as a JSON object, exactly as in the configuration file (every setting available); - reads it from standard input. The options above override its keys. A relative &quot;program&quot; (with a slash) or &quot;workingDirectory&quot; that exists in the current directory is taken from there; otherwise the launcher resolves it against its configuration file&apos;s folder.
The launcher saves its configuration with the new program.</source>
        <translation type="vanished">Ou&#xa0;: zlauncherctl add [OPTIONS] --spec FILE|-

Ajoute un programme nommé NAME qui exécute PROGRAM avec les arguments ARG. Tout ce qui suit PROGRAM appartient au programme, options et «&#xa0;--&#xa0;» comprises&#xa0;: placez les options de zlauncherctl avant NAME. Un PROGRAM relatif contenant une barre oblique est pris dans le répertoire courant&#xa0;; un nom seul est cherché dans PATH.
--kind plain&#xa0;: le programme ne connaît rien du protocole (par défaut, heartbeat, il doit envoyer des battements).
--no-autostart&#xa0;: pas démarré au démarrage du lanceur.
--restart always|on-failure|never&#xa0;: quand il est redémarré après une sortie (always par défaut).
--start&#xa0;: le démarrer maintenant.
--spec FILE&#xa0;: le programme sous forme d&apos;objet JSON, exactement comme dans le fichier de configuration (tous les réglages disponibles)&#xa0;; - le lit sur l&apos;entrée standard. Les options ci-dessus remplacent ses clés. Un «&#xa0;program&#xa0;» relatif (avec une barre oblique) ou un «&#xa0;workingDirectory&#xa0;» qui existe dans le répertoire courant est pris là&#xa0;; sinon le lanceur le résout par rapport au dossier de son fichier de configuration.
Le lanceur enregistre sa configuration avec le nouveau programme.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="253"/>
        <source>Returns as soon as the program is in STATE (stopped, starting, running, lost, stopping, backoff or failed), at once if it already is; status 1, naming the state it is in, if it is not there after DURATION (default 5s). With --json it prints one object: {&quot;ok&quot;, &quot;name&quot;, &quot;state&quot; (the state it is in), &quot;error&quot; when not ok}.</source>
        <translation>Rend la main dès que le programme est dans l&apos;état STATE (stopped, starting, running, lost, stopping, backoff ou failed), aussitôt s&apos;il y est déjà&#xa0;; code 1, avec l&apos;état où il se trouve, s&apos;il n&apos;y est pas au bout de DURATION (5s par défaut). Avec --json, affiche un seul objet&#xa0;: {&quot;ok&quot;, &quot;name&quot;, &quot;state&quot; (l&apos;état où il se trouve), &quot;error&quot; en cas d&apos;échec}.</translation>
    </message>
    <message>
        <source>OPTIONS
    --runtime-dir DIR    the launcher&apos;s runtime directory R (see ENVIRONMENT)
    --json               print the launcher&apos;s reply as JSON, as it is; events: one
                         JSON object a line; wait: one object, ok, name, state
    --timeout DURATION   how long to wait for the launcher&apos;s answer (default 5s);
                         ping: for the program&apos;s (at most 60s); events, wait:
                         for the events
    -h, --help           this manual; after a command, that command&apos;s help
    --version            the version of zlauncherctl
  Options of one command:
    --all                start, stop, restart, kill: every program
    --state STATE        wait: the state to wait for
    --count N            events: exit after N events
    --leave-running      remove, quit: leave the programs running
    --kind KIND          add: heartbeat (the default) or plain
    --no-autostart       add: not started when the launcher starts
    --restart POLICY     add: always (the default), on-failure or never
    --start              add: start the program now
    --spec FILE          add: the program as a JSON object; - reads stdin
  DURATION is a number and a unit, 500ms, 5s, 2m; a plain number is in seconds.</source>
        <translation type="vanished">OPTIONS
    --runtime-dir DIR    le répertoire d&apos;exécution R du lanceur (voir ENVIRONNEMENT)
    --json               afficher la réponse du lanceur en JSON, telle quelle&#xa0;; events&#xa0;:
                         un objet JSON par ligne&#xa0;; wait&#xa0;: un objet, ok, name, state
    --timeout DURATION   combien de temps attendre la réponse du lanceur (5s par
                         défaut)&#xa0;; ping&#xa0;: celle du programme (au plus 60s)&#xa0;; events,
                         wait&#xa0;: les événements
    -h, --help           ce manuel&#xa0;; après une commande, l&apos;aide de cette commande
    --version            la version de zlauncherctl
  Options d&apos;une seule commande&#xa0;:
    --all                start, stop, restart, kill&#xa0;: tous les programmes
    --state STATE        wait&#xa0;: l&apos;état à attendre
    --count N            events&#xa0;: terminer après N événements
    --leave-running      remove, quit&#xa0;: laisser les programmes en marche
    --kind KIND          add&#xa0;: heartbeat (par défaut) ou plain
    --no-autostart       add&#xa0;: pas démarré au démarrage du lanceur
    --restart POLICY     add&#xa0;: always (par défaut), on-failure ou never
    --start              add&#xa0;: démarrer le programme maintenant
    --spec FILE          add&#xa0;: le programme sous forme d&apos;objet JSON&#xa0;; - lit l&apos;entrée
                         standard
  DURATION est un nombre et une unité, 500ms, 5s, 2m&#xa0;; un nombre seul est en secondes.</translation>
    </message>
    <message>
        <source>EXIT STATUS
    0   success
    1   the operation failed (the launcher says why), its reply could not be read,
        or `wait` or `events` timed out
    2   usage error: unknown command or option, missing argument, bad value
    3   no launcher is running on R, or it did not answer in time</source>
        <translation type="vanished">CODE DE RETOUR
    0   succès
    1   l&apos;opération a échoué (le lanceur dit pourquoi), sa réponse n&apos;a pas pu être
        lue, ou `wait` ou `events` a expiré
    2   erreur d&apos;utilisation&#xa0;: commande ou option inconnue, argument manquant,
        valeur incorrecte
    3   aucun lanceur ne tourne sur R, ou il n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Sends `ping` to the program&apos;s control socket and prints its answer (&quot;pong ...&quot;) and the round trip. --timeout is how long the program has to answer (default 1s).</source>
        <translation type="vanished">Envoie `ping` au socket de contrôle du programme et affiche sa réponse («&#xa0;pong ...&#xa0;») et le temps d&apos;aller-retour. --timeout est le temps laissé au programme pour répondre (1s par défaut).</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="134"/>
        <source>add a program to the launcher</source>
        <translation>ajouter un programme au lanceur</translation>
    </message>
    <message>
        <source>Or: zlauncherctl add [OPTIONS] --spec FILE|-

Adds a program named NAME that runs PROGRAM with the arguments ARG. Everything after PROGRAM is the program&apos;s, options included: put zlauncherctl&apos;s options before NAME. A relative PROGRAM containing a slash is taken from the current directory; a bare name is looked up in PATH.
--kind plain: the program knows nothing of the protocol (the default, heartbeat, expects heartbeats).
--no-autostart: not started when the launcher starts.
--restart always|on-failure|never: when it is restarted after an exit (default always).
--start: start it now.
--spec FILE: the program as a JSON object, exactly as in the configuration file (every setting available); - reads it from standard input. The options above override its keys.
The launcher saves its configuration with the new program.</source>
        <translation type="vanished">Ou&#xa0;: zlauncherctl add [OPTIONS] --spec FILE|-

Ajoute un programme nommé NAME qui exécute PROGRAM avec les arguments ARG. Tout ce qui suit PROGRAM appartient au programme, options comprises&#xa0;: placez les options de zlauncherctl avant NAME. Un PROGRAM relatif contenant une barre oblique est pris dans le répertoire courant&#xa0;; un nom seul est cherché dans PATH.
--kind plain&#xa0;: le programme ne connaît rien du protocole (par défaut, heartbeat, il doit envoyer des battements).
--no-autostart&#xa0;: pas démarré au démarrage du lanceur.
--restart always|on-failure|never&#xa0;: quand il est redémarré après une sortie (always par défaut).
--start&#xa0;: le démarrer maintenant.
--spec FILE&#xa0;: le programme sous forme d&apos;objet JSON, exactement comme dans le fichier de configuration (tous les réglages disponibles)&#xa0;; - le lit sur l&apos;entrée standard. Les options ci-dessus remplacent ses clés.
Le lanceur enregistre sa configuration avec le nouveau programme.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="166"/>
        <source>stop a program and remove it</source>
        <translation>arrêter un programme et le retirer</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="167"/>
        <source>Removes the program from the launcher and its configuration. A running program is stopped first, unless --leave-running is given.</source>
        <translation>Retire le programme du lanceur et de sa configuration. Un programme en marche est d&apos;abord arrêté, sauf avec --leave-running.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="188"/>
        <source>read the configuration again and apply changes</source>
        <translation>relire la configuration et appliquer les changements</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="189"/>
        <source>Reads the configuration file again (or FILE) and applies the difference: new programs are added, programs no longer there are stopped and removed, changed programs are updated and restarted if running; the others are not touched. A file with an error changes nothing.</source>
        <translation>Relit le fichier de configuration (ou FILE) et applique la différence&#xa0;: les nouveaux programmes sont ajoutés, ceux qui n&apos;y figurent plus sont arrêtés et retirés, ceux qui ont changé sont mis à jour et redémarrés s&apos;ils sont en marche&#xa0;; les autres ne sont pas touchés. Un fichier comportant une erreur ne change rien.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="200"/>
        <source>write the configuration (to FILE: save as)</source>
        <translation>écrire la configuration (dans FILE&#xa0;: enregistrer sous)</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="201"/>
        <source>Writes the launcher&apos;s configuration to its file, or to FILE, which then becomes its file.</source>
        <translation>Écrit la configuration du lanceur dans son fichier, ou dans FILE, qui devient alors son fichier.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="209"/>
        <source>bring the launcher&apos;s window to the front</source>
        <translation>mettre la fenêtre du lanceur au premier plan</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="210"/>
        <source>Brings the launcher&apos;s window to the front. A headless launcher has none and says so.</source>
        <translation>Met la fenêtre du lanceur au premier plan. Un lanceur sans interface n&apos;en a pas et le signale.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="218"/>
        <source>stop every program and make the launcher exit</source>
        <translation>arrêter tous les programmes et faire quitter le lanceur</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="219"/>
        <source>The launcher stops every program, then exits. With --leave-running it exits at once and leaves the programs running; the next launcher adopts them.</source>
        <translation>Le lanceur arrête tous les programmes, puis se termine. Avec --leave-running, il se termine aussitôt et laisse les programmes en marche&#xa0;; le prochain lanceur les adopte.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="240"/>
        <source>follow the launcher&apos;s events live</source>
        <translation>suivre en direct les événements du lanceur</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="241"/>
        <source>Prints the launcher&apos;s events as they happen, one line each (with --json, one JSON object a line), for the programs NAME or for all. --count N exits after N events, --timeout after DURATION (status 1 if N events did not come by then). Ends with status 3 when the launcher exits.</source>
        <translation>Affiche les événements du lanceur à mesure qu&apos;ils arrivent, une ligne chacun (avec --json, un objet JSON par ligne), pour les programmes NAME ou pour tous. --count N termine après N événements, --timeout après DURATION (code 1 si les N événements ne sont pas arrivés d&apos;ici là). Se termine avec le code 3 quand le lanceur se termine.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="252"/>
        <source>wait until a program is in a state</source>
        <translation>attendre qu&apos;un programme soit dans un état</translation>
    </message>
    <message>
        <source>Returns as soon as the program is in STATE (stopped, starting, running, lost, stopping, backoff or failed), at once if it already is; status 1, naming the state it is in, if it is not there after DURATION (default 5s).</source>
        <translation type="vanished">Rend la main dès que le programme est dans l&apos;état STATE (stopped, starting, running, lost, stopping, backoff ou failed), aussitôt s&apos;il y est déjà&#xa0;; code 1, avec l&apos;état où il se trouve, s&apos;il n&apos;y est pas au bout de DURATION (5s par défaut).</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="321"/>
        <source>this manual, or the help of one command</source>
        <translation>ce manuel, ou l&apos;aide d&apos;une commande</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="322"/>
        <source>Prints the manual, or what COMMAND does and takes.</source>
        <translation>Affiche le manuel, ou ce que fait COMMAND et ce qu&apos;elle accepte.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="350"/>
        <source>zlauncherctl %1

%2
</source>
        <translation>zlauncherctl %1

%2
</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="357"/>
        <source>NAME
    zlauncherctl - control a running zlauncher</source>
        <translation>NOM
    zlauncherctl - piloter un zlauncher en marche</translation>
    </message>
    <message>
        <source>SYNOPSIS
    zlauncherctl [--runtime-dir DIR] [--json] [--timeout DURATION] COMMAND [ARGUMENTS]
    zlauncherctl help [COMMAND]</source>
        <translation type="vanished">SYNOPSIS
    zlauncherctl [--runtime-dir DIR] [--json] [--timeout DURATION] COMMAND [ARGUMENTS]
    zlauncherctl help [COMMAND]</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="367"/>
        <source>DESCRIPTION
    Sends one request to the launcher, window or headless, that runs on the runtime
    directory R, and prints its answer. `events` and `wait` follow the launcher&apos;s
    event stream. The protocol is in docs/control.md.</source>
        <translation>DESCRIPTION
    Envoie une requête au lanceur, avec fenêtre ou sans interface, qui tourne sur le
    répertoire d&apos;exécution R, et affiche sa réponse. `events` et `wait` suivent le
    flux d&apos;événements du lanceur. Le protocole est décrit dans docs/control.md.</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="374"/>
        <source>COMMANDS</source>
        <translation>COMMANDES</translation>
    </message>
    <message>
        <source>OPTIONS
    --runtime-dir DIR    the launcher&apos;s runtime directory R (see ENVIRONMENT)
    --json               print the launcher&apos;s reply as JSON, as it is; events: one
                         JSON object a line
    --timeout DURATION   how long to wait for the launcher&apos;s answer (default 5s);
                         ping: for the program&apos;s; events, wait: for the events
    -h, --help           this manual; after a command, that command&apos;s help
    --version            the version of zlauncherctl
  Options of one command:
    --all                start, stop, restart, kill: every program
    --state STATE        wait: the state to wait for
    --count N            events: exit after N events
    --leave-running      remove, quit: leave the programs running
    --kind KIND          add: heartbeat (the default) or plain
    --no-autostart       add: not started when the launcher starts
    --restart POLICY     add: always (the default), on-failure or never
    --start              add: start the program now
    --spec FILE          add: the program as a JSON object; - reads stdin
  DURATION is a number and a unit, 500ms, 5s, 2m; a plain number is in seconds.</source>
        <translation type="vanished">OPTIONS
    --runtime-dir DIR    le répertoire d&apos;exécution R du lanceur (voir ENVIRONNEMENT)
    --json               afficher la réponse du lanceur en JSON, telle quelle&#xa0;; events&#xa0;:
                         un objet JSON par ligne
    --timeout DURATION   combien de temps attendre la réponse du lanceur (5s par
                         défaut)&#xa0;; ping&#xa0;: celle du programme&#xa0;; events, wait&#xa0;: les
                         événements
    -h, --help           ce manuel&#xa0;; après une commande, l&apos;aide de cette commande
    --version            la version de zlauncherctl
  Options d&apos;une seule commande&#xa0;:
    --all                start, stop, restart, kill&#xa0;: tous les programmes
    --state STATE        wait&#xa0;: l&apos;état à attendre
    --count N            events&#xa0;: terminer après N événements
    --leave-running      remove, quit&#xa0;: laisser les programmes en marche
    --kind KIND          add&#xa0;: heartbeat (par défaut) ou plain
    --no-autostart       add&#xa0;: pas démarré au démarrage du lanceur
    --restart POLICY     add&#xa0;: always (par défaut), on-failure ou never
    --start              add&#xa0;: démarrer le programme maintenant
    --spec FILE          add&#xa0;: le programme sous forme d&apos;objet JSON&#xa0;; - lit l&apos;entrée
                         standard
  DURATION est un nombre et une unité, 500ms, 5s, 2m&#xa0;; un nombre seul est en secondes.</translation>
    </message>
    <message>
        <source>EXIT STATUS
    0   success
    1   the operation failed (the launcher says why), or `wait` or `events` timed out
    2   usage error: unknown command or option, missing argument, bad value
    3   no launcher is running on R, or it did not answer in time</source>
        <translation type="vanished">CODE DE RETOUR
    0   succès
    1   l&apos;opération a échoué (le lanceur dit pourquoi), ou `wait` ou `events` a expiré
    2   erreur d&apos;utilisation&#xa0;: commande ou option inconnue, argument manquant,
        valeur incorrecte
    3   aucun lanceur ne tourne sur R, ou il n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="414"/>
        <source>ENVIRONMENT
    ZLAUNCHER_RUNTIME_DIR   R when --runtime-dir is not given; without it,
                            $XDG_RUNTIME_DIR/zlauncher, else /tmp/zlauncher-&lt;uid&gt;
                            (here: %1)</source>
        <translation>ENVIRONNEMENT
    ZLAUNCHER_RUNTIME_DIR   R quand --runtime-dir n&apos;est pas donné&#xa0;; sinon,
                            $XDG_RUNTIME_DIR/zlauncher, à défaut /tmp/zlauncher-&lt;uid&gt;
                            (ici&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="422"/>
        <source>FILES
    R/control          the launcher&apos;s request socket (ipc://R/control)
    R/events           the launcher&apos;s event stream (ipc://R/events)
    R/zlauncher.lock   held by the running launcher</source>
        <translation>FICHIERS
    R/control          le socket de requêtes du lanceur (ipc://R/control)
    R/events           le flux d&apos;événements du lanceur (ipc://R/events)
    R/zlauncher.lock   détenu par le lanceur en marche</translation>
    </message>
    <message>
        <location filename="../src/ctl/commands.cpp" line="428"/>
        <source>EXAMPLES
    zlauncherctl list
    zlauncherctl restart client1 &amp;&amp; zlauncherctl wait client1 --state running
    zlauncherctl stop --all
    zlauncherctl add --kind plain --start web /usr/bin/python3 -m http.server 8000
    zlauncherctl events client1 --count 1
    zlauncherctl --json list | jq -r &apos;.programs[] | select(.state != &quot;running&quot;) | .name&apos;</source>
        <translation>EXEMPLES
    zlauncherctl list
    zlauncherctl restart client1 &amp;&amp; zlauncherctl wait client1 --state running
    zlauncherctl stop --all
    zlauncherctl add --kind plain --start web /usr/bin/python3 -m http.server 8000
    zlauncherctl events client1 --count 1
    zlauncherctl --json list | jq -r &apos;.programs[] | select(.state != &quot;running&quot;) | .name&apos;</translation>
    </message>
    <message>
        <location filename="../src/ctl/follow.cpp" line="144"/>
        <source>%1 of the %2 events expected came within %3</source>
        <translation>%1 des %2 événements attendus sont arrivés dans les %3</translation>
    </message>
    <message>
        <location filename="../src/ctl/follow.cpp" line="153"/>
        <source>the launcher on %1 has exited</source>
        <translation>le lanceur sur %1 s&apos;est terminé</translation>
    </message>
    <message>
        <location filename="../src/ctl/follow.cpp" line="107"/>
        <source>cannot follow the events of the launcher on %1: %2</source>
        <translation>impossible de suivre les événements du lanceur sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/ctl/follow.cpp" line="154"/>
        <source>the agent at %1 no longer answers</source>
        <translation>l&apos;agent de %1 ne répond plus</translation>
    </message>
    <message>
        <location filename="../src/ctl/follow.cpp" line="283"/>
        <source>%1 is %2, not %3, after %4</source>
        <translation>%1 est dans l&apos;état %2, pas %3, après %4</translation>
    </message>
    <message>
        <location filename="../src/ctl/follow.cpp" line="239"/>
        <source>%1 is %2</source>
        <translation>%1 est dans l&apos;état %2</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="40"/>
        <source>waiting (%1)</source>
        <comment>why it waits</comment>
        <translation>en attente (%1)</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="43"/>
        <source>waiting (%1)</source>
        <comment>waiting for dependencies</comment>
        <translation>en attente (%1)</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="49"/>
        <source>backoff (restart in %1)</source>
        <translation>backoff (redémarrage dans %1)</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="53"/>
        <source>stopping (kill in %1)</source>
        <translation>stopping (arrêt forcé dans %1)</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="72"/>
        <source>code %1</source>
        <comment>exit code</comment>
        <translation>code %1</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="75"/>
        <source>signal %1</source>
        <comment>exit signal</comment>
        <translation>signal %1</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="77"/>
        <source>unknown</source>
        <comment>exit status</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="110"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="117"/>
        <source>%1 MiB</source>
        <translation>%1&#xa0;Mio</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="141"/>
        <source>passing</source>
        <translation>réussit</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ctl/formatting.cpp" line="142"/>
        <source>failing (%n in a row)</source>
        <translation>
            <numerusform>en échec (%n de suite)</numerusform>
            <numerusform>en échec (%n de suite)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="147"/>
        <source>no verdict yet</source>
        <translation>pas encore de verdict</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="148"/>
        <source>not checked now</source>
        <translation>pas vérifiée en ce moment</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="150"/>
        <source>%1: %2</source>
        <comment>probe: verdict</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="152"/>
        <source>; last: %1, %2 ago</source>
        <translation>&#xa0;; dernière&#xa0;: %1, il y a %2</translation>
    </message>
    <message>
        <source> (%1 checks, %2 skipped)</source>
        <translation type="vanished"> (%1 vérifications, %2 sautées)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ctl/formatting.cpp" line="156"/>
        <source> (%n check(s), </source>
        <translation>
            <numerusform> (%n vérification, </numerusform>
            <numerusform> (%n vérifications, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ctl/formatting.cpp" line="157"/>
        <source>%n skipped)</source>
        <translation>
            <numerusform>%n sautée)</numerusform>
            <numerusform>%n sautées)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="183"/>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="188"/>
        <source>%1m %2s</source>
        <comment>minutes, seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="191"/>
        <source>%1h %2m</source>
        <comment>hours, minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="195"/>
        <source>%1d %2h</source>
        <comment>days, hours</comment>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="202"/>
        <source>%1 ago</source>
        <comment>heartbeat age</comment>
        <translation>il y a %1</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="246"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="246"/>
        <location filename="../src/ctl/hosts.cpp" line="96"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="247"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="247"/>
        <location filename="../src/ctl/formatting.cpp" line="325"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="248"/>
        <source>UPTIME</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="248"/>
        <source>MEMORY</source>
        <translation>MÉMOIRE</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="249"/>
        <source>HEARTBEAT</source>
        <translation>BATTEMENT</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="249"/>
        <source>RESTARTS</source>
        <translation>REDÉMARRAGES</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="250"/>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="275"/>
        <source>%1, %2 received, sequence %3</source>
        <translation>%1, %2 reçus, séquence %3</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="284"/>
        <source>%1 (adopted)</source>
        <translation>%1 (adopté)</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="321"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="322"/>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="323"/>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="324"/>
        <location filename="../src/ctl/formatting.cpp" line="359"/>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="326"/>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="327"/>
        <source>uptime</source>
        <translation>durée d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="328"/>
        <source>heartbeat</source>
        <translation>battement</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="329"/>
        <source>restarts</source>
        <translation>redémarrages</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="330"/>
        <source>last exit</source>
        <translation>dernière sortie</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="333"/>
        <source>countdown</source>
        <translation>compte à rebours</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="334"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="335"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="336"/>
        <source>watchdog</source>
        <translation>chien de garde</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="339"/>
        <source>readiness</source>
        <translation>disponibilité</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="340"/>
        <source>liveness</source>
        <translation>vie</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="341"/>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="342"/>
        <source>cannot expand</source>
        <translation>développement impossible</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="343"/>
        <source>log file</source>
        <translation>fichier journal</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="306"/>
        <source> (stop requested)</source>
        <translation> (arrêt demandé)</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="347"/>
        <source>last deaths:</source>
        <translation>dernières morts&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="351"/>
        <source>settings:</source>
        <translation>réglages&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="360"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="361"/>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="362"/>
        <source>runtime dir</source>
        <translation>répertoire d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="363"/>
        <source>configuration</source>
        <translation>configuration</translation>
    </message>
    <message>
        <location filename="../src/ctl/formatting.cpp" line="364"/>
        <source>containment</source>
        <translation>confinement</translation>
    </message>
    <message>
        <source> (pid %1)</source>
        <translation type="vanished"> (pid %1)</translation>
    </message>
    <message>
        <source>sequence %1 %2</source>
        <translation type="vanished">séquence %1 %2</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="84"/>
        <source>%1: give a program NAME or --all, not both</source>
        <translation>%1&#xa0;: donnez un NAME de programme ou --all, pas les deux</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="90"/>
        <source>%1: missing the program NAME (or --all)</source>
        <translation>%1&#xa0;: il manque le NAME du programme (ou --all)</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="96"/>
        <source>add: give either --spec FILE or NAME PROGRAM, not both</source>
        <translation>add&#xa0;: donnez soit --spec FILE, soit NAME PROGRAM, pas les deux</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="101"/>
        <source>add: missing NAME and PROGRAM (or --spec FILE)</source>
        <translation>add&#xa0;: il manque NAME et PROGRAM (ou --spec FILE)</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="102"/>
        <source>add: missing the PROGRAM to run</source>
        <translation>add&#xa0;: il manque le PROGRAM à exécuter</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="105"/>
        <source>%1: missing the program NAME</source>
        <translation>%1&#xa0;: il manque le NAME du programme</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="109"/>
        <source>%1: unexpected argument &quot;%2&quot; (usage: zlauncherctl %1 %3)</source>
        <translation>%1&#xa0;: argument inattendu «&#xa0;%2&#xa0;» (usage&#xa0;: zlauncherctl %1 %3)</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="121"/>
        <source>--%1 does not apply to %2 (see zlauncherctl help %2)</source>
        <translation>--%1 ne s&apos;applique pas à %2 (voir zlauncherctl help %2)</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="135"/>
        <source>--kind must be plain or heartbeat, not &quot;%1&quot;</source>
        <translation>--kind doit valoir plain ou heartbeat, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="141"/>
        <source>--restart must be always, on-failure or never, not &quot;%1&quot;</source>
        <translation>--restart doit valoir always, on-failure ou never, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="146"/>
        <source>--env-file needs a FILE</source>
        <translation>--env-file demande un FILE</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="160"/>
        <source>--format must be procfile, supervisord, process-compose or pm2, not &quot;%1&quot;</source>
        <translation>--format doit être procfile, supervisord, process-compose ou pm2, pas « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="166"/>
        <source>-o needs a FILE</source>
        <translation>-o demande un FILE</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="149"/>
        <source>--spec needs a FILE, or - for standard input</source>
        <translation>--spec demande un FILE, ou - pour l&apos;entrée standard</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="180"/>
        <source>--count must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>--count doit être un entier supérieur à 0, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="192"/>
        <source>ping: --timeout is the program&apos;s time to answer, at most %1 s, not &quot;%2&quot;</source>
        <translation>ping&#xa0;: --timeout est le temps laissé au programme pour répondre, au plus %1&#xa0;s, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="208"/>
        <source>wait: missing --state STATE</source>
        <translation>wait&#xa0;: il manque --state STATE</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="212"/>
        <source>wait: &quot;%1&quot; is not a state (states: stopped, starting, running, lost, stopping, backoff, failed)</source>
        <translation>wait&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un état (états&#xa0;: stopped, starting, running, lost, stopping, backoff, failed)</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="246"/>
        <source>--runtime-dir needs a directory</source>
        <translation>--runtime-dir demande un répertoire</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="254"/>
        <source>give --host NAME or --connect, not both</source>
        <translation>donnez --host NAME ou --connect, pas les deux</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="258"/>
        <source>--connect takes an agent&apos;s tcp://HOST:PORT, not &quot;%1&quot;</source>
        <translation>--connect attend le tcp://HÔTE:PORT d&apos;un agent, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="263"/>
        <source>--connect and --server-key go together: the agent&apos;s address and its public key (`zlauncherctl info` on its host shows it)</source>
        <translation>--connect et --server-key vont ensemble&#xa0;: l&apos;adresse de l&apos;agent et sa clé publique (`zlauncherctl info` sur son hôte l&apos;affiche)</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="271"/>
        <source>--timeout: &quot;%1&quot; is not a duration (for example 500ms, 5s, 2m, or a number of seconds)</source>
        <translation>--timeout&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une durée (par exemple 500ms, 5s, 2m, ou un nombre de secondes)</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="316"/>
        <source>missing COMMAND (one of: %1)</source>
        <translation>il manque COMMAND (parmi&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="324"/>
        <source>help: give one COMMAND at most</source>
        <translation>help&#xa0;: donnez au plus une COMMAND</translation>
    </message>
    <message>
        <location filename="../src/ctl/invocation.cpp" line="332"/>
        <source>unknown command &quot;%1&quot; (commands: %2)</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;» (commandes&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../src/ctl/main.cpp" line="28"/>
        <source>see `zlauncherctl help %1`</source>
        <translation>voir `zlauncherctl help %1`</translation>
    </message>
    <message>
        <location filename="../src/ctl/main.cpp" line="29"/>
        <source>see `zlauncherctl --help`</source>
        <translation>voir `zlauncherctl --help`</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="67"/>
        <source>standard input</source>
        <translation>l&apos;entrée standard</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="69"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="75"/>
        <source>%1 is not valid JSON: %2 (at byte %3)</source>
        <translation>%1 n&apos;est pas du JSON valide&#xa0;: %2 (à l&apos;octet %3)</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="81"/>
        <source>%1 must hold one program object, as in the configuration&apos;s &quot;programs&quot; array</source>
        <translation>%1 doit contenir un objet programme, comme dans le tableau &quot;programs&quot; de la configuration</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="159"/>
        <source>Starting %1</source>
        <translation>Démarrage de %1</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="160"/>
        <source>No program to start</source>
        <translation>Aucun programme à démarrer</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="162"/>
        <source>Stopping %1</source>
        <translation>Arrêt de %1</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="163"/>
        <source>No program to stop</source>
        <translation>Aucun programme à arrêter</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="165"/>
        <source>Restarting %1</source>
        <translation>Redémarrage de %1</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="166"/>
        <source>No program to restart</source>
        <translation>Aucun programme à redémarrer</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="168"/>
        <source>Killing %1</source>
        <translation>Arrêt forcé de %1</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="169"/>
        <source>No program to kill</source>
        <translation>Aucun programme à arrêter de force</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="179"/>
        <source>added: %1</source>
        <translation>ajoutés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="180"/>
        <source>changed: %1</source>
        <translation>modifiés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="181"/>
        <source>removed: %1</source>
        <translation>supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="182"/>
        <source>unchanged: %1</source>
        <translation>inchangés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="207"/>
        <source>%1: %2 (round trip %3 ms)</source>
        <translation>%1&#xa0;: %2 (aller-retour %3 ms)</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="211"/>
        <source>Added %1</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="213"/>
        <source>Removed %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="215"/>
        <source>Scaled %1 to %2: %3</source>
        <translation>%1 passe à %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="222"/>
        <source>Saved %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="225"/>
        <source>The launcher exits and leaves the programs running</source>
        <translation>Le lanceur se termine et laisse les programmes en marche</translation>
    </message>
    <message>
        <location filename="../src/ctl/run.cpp" line="226"/>
        <source>The launcher stops every program, then exits</source>
        <translation>Le lanceur arrête tous les programmes, puis se termine</translation>
    </message>
    <message>
        <source>%1 follows a launcher on this host only; over the network, run it on the agent&apos;s host</source>
        <translation type="vanished">%1 suit seulement un lanceur de cet hôte&#xa0;; pour un agent distant, lancez-le sur l&apos;hôte de l&apos;agent</translation>
    </message>
    <message>
        <location filename="../src/ctl/import.cpp" line="57"/>
        <source>%1 exists already; give another -o FILE, or remove it first</source>
        <translation>%1 existe déjà&#xa0;; donnez un autre -o FILE, ou supprimez-le d&apos;abord</translation>
    </message>
    <message>
        <location filename="../src/ctl/import.cpp" line="86"/>
        <source>Written to %1. Run it with: zlauncher --config %1</source>
        <translation>Écrit dans %1. Lancez-le avec&#xa0;: zlauncher --config %1</translation>
    </message>
    <message>
        <location filename="../src/ctl/keys.cpp" line="38"/>
        <source>Made a key pair in %1</source>
        <translation>Paire de clés créée dans %1</translation>
    </message>
    <message>
        <location filename="../src/ctl/keys.cpp" line="39"/>
        <source>A key pair exists already in %1</source>
        <translation>Une paire de clés existe déjà dans %1</translation>
    </message>
    <message>
        <location filename="../src/ctl/keys.cpp" line="40"/>
        <source>Public key (run on each agent&apos;s host: zlauncherctl authorize KEY):</source>
        <translation>Clé publique (lancez sur l&apos;hôte de chaque agent&#xa0;: zlauncherctl authorize CLÉ)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/ctl/keys.cpp" line="62"/>
        <source>%1 is authorized already in %2</source>
        <translation>%1 est déjà autorisée dans %2</translation>
    </message>
    <message>
        <location filename="../src/ctl/keys.cpp" line="64"/>
        <source>Authorized %1 in %2; a running agent admits it at once</source>
        <translation>%1 autorisée dans %2&#xa0;; un agent en marche l&apos;admet aussitôt</translation>
    </message>
    <message>
        <location filename="../src/ctl/keys.cpp" line="73"/>
        <source>no client key in %1: make one with `zlauncherctl keygen`, then authorize it on the agent&apos;s host</source>
        <translation>pas de clé client dans %1&#xa0;: créez-en une avec `zlauncherctl keygen`, puis autorisez-la sur l&apos;hôte de l&apos;agent</translation>
    </message>
    <message>
        <location filename="../src/ctl/keys.cpp" line="85"/>
        <source>--server-key: %1</source>
        <translation>--server-key&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/ctl/hosts.cpp" line="95"/>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <location filename="../src/ctl/hosts.cpp" line="95"/>
        <source>ENDPOINT</source>
        <translation>POINT D&apos;ACCÈS</translation>
    </message>
    <message>
        <location filename="../src/ctl/hosts.cpp" line="96"/>
        <source>ROUND TRIP</source>
        <translation>ALLER-RETOUR</translation>
    </message>
    <message>
        <location filename="../src/ctl/hosts.cpp" line="101"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/ctl/hosts.cpp" line="137"/>
        <source>there is no host named %1 in %2</source>
        <translation>il n&apos;y a pas d&apos;hôte nommé %1 dans %2</translation>
    </message>
    <message>
        <location filename="../src/ctl/hosts.cpp" line="142"/>
        <source>hosts: use `hosts`, `hosts add NAME tcp://HOST:PORT KEY` or `hosts remove NAME`</source>
        <translation>hosts&#xa0;: utilisez `hosts`, `hosts add NAME tcp://HOST:PORT KEY` ou `hosts remove NAME`</translation>
    </message>
    <message>
        <location filename="../src/ctl/hosts.cpp" line="152"/>
        <source>Added %1 to %2</source>
        <translation>%1 ajouté à %2</translation>
    </message>
    <message>
        <location filename="../src/ctl/hosts.cpp" line="153"/>
        <source>Removed %1 from %2</source>
        <translation>%1 retiré de %2</translation>
    </message>
    <message>
        <location filename="../src/ctl/hosts.cpp" line="166"/>
        <source>there is no host named %1 in %2 (add it with `zlauncherctl hosts add %1 tcp://HOST:PORT KEY`)</source>
        <translation>il n&apos;y a pas d&apos;hôte nommé %1 dans %2 (ajoutez-le avec `zlauncherctl hosts add %1 tcp://HOST:PORT KEY`)</translation>
    </message>
    <message>
        <location filename="../src/ctl/logs.cpp" line="48"/>
        <source>%1: its log file was rotated</source>
        <translation>%1&#xa0;: son fichier journal a été renouvelé</translation>
    </message>
    <message>
        <location filename="../src/ctl/logs.cpp" line="51"/>
        <source>%1: lines skipped, more came than one reading carries</source>
        <translation>%1&#xa0;: lignes sautées, il en est venu plus qu&apos;une lecture n&apos;en rapporte</translation>
    </message>
</context>
</TS>
