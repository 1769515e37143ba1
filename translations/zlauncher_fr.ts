<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConfigurationKeeper</name>
    <message>
        <location filename="../src/core/configurationkeeper.cpp" line="70"/>
        <source>there is no configuration file to save to; use Save as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="65"/>
        <source>state</source>
        <comment>event kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="67"/>
        <source>exit</source>
        <comment>event kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="69"/>
        <source>heartbeat</source>
        <comment>event kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="71"/>
        <source>stop</source>
        <comment>event kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="73"/>
        <source>error</source>
        <comment>event kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="75"/>
        <source>protocol</source>
        <comment>event kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="140"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="142"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="144"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="146"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="175"/>
        <source>The launcher itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="295"/>
        <source>Cannot write file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartbeatBus</name>
    <message>
        <location filename="../src/core/heartbeatbus.cpp" line="35"/>
        <source>cannot listen for heartbeats on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="6"/>
        <location filename="../src/gui/mainwindow.cpp" line="389"/>
        <source>zlauncher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="25"/>
        <source>Filter programs by name, state, status or command (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="54"/>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="59"/>
        <source>Show the events of one program only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="65"/>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="66"/>
        <source>Choose which kinds of events are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="72"/>
        <source>Heartbeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="73"/>
        <source>Show every heartbeat in the log (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="78"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="79"/>
        <source>Keep the newest event in view; scrolling up pauses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="90"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="91"/>
        <source>Clear the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="97"/>
        <source>Save log as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="98"/>
        <source>Save the whole event log as text or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="123"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="132"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="138"/>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="156"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="158"/>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="165"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="175"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="194"/>
        <source>&amp;Open configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="195"/>
        <source>Open another configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="196"/>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="199"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="200"/>
        <source>Save the configuration (changes are also saved as they are made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="201"/>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="204"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="205"/>
        <source>Save the configuration to another file and use that file from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="206"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="209"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="210"/>
        <source>Quit, stopping the running programs first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="211"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="214"/>
        <source>Quit and &amp;leave programs running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="215"/>
        <source>Quit at once; the programs keep running without supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="216"/>
        <source>Ctrl+Shift+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="219"/>
        <location filename="../src/gui/mainwindow.cpp" line="359"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="220"/>
        <source>Undo the last removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="221"/>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="224"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="225"/>
        <source>Add a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="226"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="229"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="230"/>
        <source>Edit the selected program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="231"/>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="234"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="235"/>
        <source>Remove the selected programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="236"/>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="239"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="240"/>
        <source>Start the selected programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="241"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="244"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="245"/>
        <source>Stop the selected programs: stop request, then SIGTERM, then SIGKILL at the grace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="246"/>
        <source>Shift+F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="249"/>
        <source>Rest&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="250"/>
        <source>Stop the selected programs, then start them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="251"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="254"/>
        <source>&amp;Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="255"/>
        <source>Kill the selected programs and their children now (SIGKILL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="256"/>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="259"/>
        <source>Retry &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="260"/>
        <source>Restart a program waiting in backoff, or given up, right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="261"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="264"/>
        <source>Start a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="265"/>
        <source>Start every program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="266"/>
        <source>Ctrl+F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="269"/>
        <source>Stop all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="270"/>
        <source>Stop every program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="271"/>
        <source>Ctrl+Shift+F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="274"/>
        <source>Open &amp;log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="275"/>
        <source>Open the file the program&apos;s output is written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="276"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="279"/>
        <source>&amp;Copy command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="280"/>
        <source>Copy the selected programs&apos; command lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="281"/>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="285"/>
        <source>Show &amp;heartbeats in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="286"/>
        <source>Show every heartbeat in the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="287"/>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="290"/>
        <source>&amp;Find program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="291"/>
        <source>Filter the table by name, status or command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="292"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="295"/>
        <source>&amp;About zlauncher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="296"/>
        <source>About zlauncher and its protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="62"/>
        <source>Heartbeats received per second, and malformed messages dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="76"/>
        <location filename="../src/gui/mainwindow.cpp" line="589"/>
        <location filename="../src/gui/mainwindow.cpp" line="605"/>
        <source>The configuration was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="197"/>
        <source>All programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="226"/>
        <source>State changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="226"/>
        <source>Exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="227"/>
        <source>Stops and kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="227"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="228"/>
        <source>Protocol problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="360"/>
        <source>&amp;Undo removal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="372"/>
        <source>%1: %2</source>
        <comment>state: number of programs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="376"/>
        <source>No programs: add one with Program ▸ Add… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="382"/>
        <source>%1 heartbeats/s · %2 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="383"/>
        <source>%1 heartbeats/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="390"/>
        <source>%1 — zlauncher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="443"/>
        <source>The program was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="449"/>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="469"/>
        <source>The changes were not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="473"/>
        <source>%1 changed; the changes apply at its next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="474"/>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="490"/>
        <source>Remove programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="497"/>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="498"/>
        <source>Edit ▸ Undo brings it back until zlauncher closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="499"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="502"/>
        <source>%1 running. Remove %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="504"/>
        <source>Stop the running programs first, or leave them running without supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="505"/>
        <source>Stop and remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="506"/>
        <source>Leave running and remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="533"/>
        <source>%1 could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="544"/>
        <source>The log file was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="545"/>
        <source>No application could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="559"/>
        <source>Copied %n command line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="565"/>
        <source>Programs are running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="566"/>
        <source>Stop every program (Program ▸ Stop all) before opening another configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="571"/>
        <source>Open configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="572"/>
        <location filename="../src/gui/mainwindow.cpp" line="599"/>
        <source>zlauncher configuration (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="592"/>
        <location filename="../src/gui/mainwindow.cpp" line="609"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="598"/>
        <source>Save configuration as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="615"/>
        <source>Save log as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="616"/>
        <source>Text (*.txt);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="625"/>
        <source>The log was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="637"/>
        <source>The file was kept as %1 and a new, empty configuration was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="640"/>
        <source>The configuration could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="655"/>
        <source>About zlauncher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="656"/>
        <source>&lt;h3&gt;zlauncher %1&lt;/h3&gt;&lt;p&gt;Launches programs, watches them over ZeroMQ, restarts them when they die or hang, and stops them cleanly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Protocol&lt;/b&gt; (all endpoints in the private runtime directory %2):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Heartbeats: a PUB connected to &lt;tt&gt;$ZLAUNCHER_HEARTBEAT&lt;/tt&gt; sends &lt;tt&gt;ZLHB1&lt;/tt&gt;, name, pid, sequence and an optional status, every &lt;tt&gt;$ZLAUNCHER_INTERVAL_MS&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Control: a REP bound to &lt;tt&gt;$ZLAUNCHER_CONTROL&lt;/tt&gt; answers &lt;tt&gt;stop&lt;/tt&gt; with &lt;tt&gt;ok&lt;/tt&gt; and &lt;tt&gt;ping&lt;/tt&gt; with &lt;tt&gt;pong&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;A program silent past its lost timeout is killed and restarted; one that does not stop within its grace is killed.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="678"/>
        <source>Quit zlauncher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="679"/>
        <source>Programs are running. Stop them before quitting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="682"/>
        <source>Stop all and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="684"/>
        <source>Quit and leave running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="705"/>
        <source>Stopping programs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="705"/>
        <source>Kill them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="707"/>
        <source>Quitting zlauncher</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="717"/>
        <source>Stopping programs… %n left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessTableModel</name>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="53"/>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="56"/>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="61"/>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="65"/>
        <source>%1 d %2 h</source>
        <comment>duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="71"/>
        <source>%1 s ago</source>
        <comment>heartbeat age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="74"/>
        <source>%1 ago</source>
        <comment>heartbeat age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="81"/>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="90"/>
        <source>code %1</source>
        <comment>exit code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="95"/>
        <source>unknown</source>
        <comment>exit status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="101"/>
        <source>Has not exited since the launcher started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="104"/>
        <source>Exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="107"/>
        <source>Killed by signal %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="111"/>
        <source>Exited; its status is unknown because it was not started by this launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="133"/>
        <source>Stopped</source>
        <comment>program state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="135"/>
        <source>Starting</source>
        <comment>program state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="137"/>
        <source>Running</source>
        <comment>program state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="139"/>
        <source>Lost</source>
        <comment>program state: alive but silent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="141"/>
        <source>Stopping</source>
        <comment>program state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="143"/>
        <source>Backoff</source>
        <comment>program state: waiting to restart</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="145"/>
        <source>Failed</source>
        <comment>program state: gave up restarting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="156"/>
        <source>Name</source>
        <comment>column: program name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="158"/>
        <source>State</source>
        <comment>column: program state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="160"/>
        <source>PID</source>
        <comment>column: process id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="162"/>
        <source>Uptime</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="164"/>
        <source>Last heartbeat</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="166"/>
        <source>Restarts</source>
        <comment>column: number of automatic restarts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="168"/>
        <source>Exit</source>
        <comment>column: how the last instance ended</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="170"/>
        <source>Status</source>
        <comment>column: text the program reports</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="172"/>
        <source>Command</source>
        <comment>column: command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="181"/>
        <source>The program&apos;s name, unique in the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="183"/>
        <source>Lifecycle state, with the reason or the countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="185"/>
        <source>Process id of the live instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="187"/>
        <source>Time since the live instance was launched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="189"/>
        <source>Time since the last heartbeat (plain programs send none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="191"/>
        <source>Automatic restarts since the launcher started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="193"/>
        <source>How the last instance ended: exit code or signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="195"/>
        <source>Status text sent with the latest heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="197"/>
        <source>Program and arguments as configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="355"/>
        <source>%1
Log: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="360"/>
        <source>Process id %1; signals go to its whole process group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="361"/>
        <location filename="../src/gui/processtablemodel.cpp" line="365"/>
        <source>No live instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="364"/>
        <source>Launched %1 ms ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/processtablemodel.cpp" line="369"/>
        <source>%n automatic restart(s) since the launcher started</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="379"/>
        <source>%1
in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="441"/>
        <source>Backoff (restart in %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="445"/>
        <source>Stopping (kill in %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="448"/>
        <source>%1: %2</source>
        <comment>state: reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="452"/>
        <source>%1 (adopted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="459"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="465"/>
        <source>Restart in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="466"/>
        <source>SIGKILL to the process group in %1 ms unless it exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="469"/>
        <source>Adopted: found running when the launcher started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="480"/>
        <source>Plain program: no heartbeats, its process alone tells it is alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="481"/>
        <source>No heartbeat from this instance yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="483"/>
        <source>Last heartbeat %1 ms ago, sequence number %2
%3 heartbeats received in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/processtablemodel.cpp" line="489"/>
        <source>Counted lost after %1 ms of silence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessWatch</name>
    <message>
        <location filename="../src/core/processwatch.cpp" line="37"/>
        <source>cannot become the reaper of launched programs; exit codes will not be known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/processwatch.cpp" line="81"/>
        <source>cannot watch process %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/processwatch.cpp" line="127"/>
        <source>cannot send signal %1 to process %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location filename="../ui/programdialog.ui" line="6"/>
        <location filename="../src/gui/programdialog.cpp" line="65"/>
        <source>Add program</source>
        <extracomment>Window title; %1 is the program&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="17"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="27"/>
        <source>The program&apos;s unique name: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. It names the program in heartbeats, in the log and in its control endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="37"/>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="61"/>
        <source>The executable to run: an absolute path, a path relative to the configuration file&apos;s folder (it contains a slash), or a bare name looked up in PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="64"/>
        <source>/path/to/program, or a name in PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="71"/>
        <source>Choose the executable in a file dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="74"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="86"/>
        <source>&amp;Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="96"/>
        <source>The arguments, written as in a shell: spaces separate them, quotes (&apos;…&apos; or &quot;…&quot;) and backslashes keep spaces and quotes inside one. Variables and wildcards are not expanded. Default: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="99"/>
        <source>--rate 10 &apos;two words&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="106"/>
        <source>&amp;Working directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="130"/>
        <source>The folder the program starts in; a relative path resolves against the configuration file&apos;s folder. Default (empty): the configuration file&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="133"/>
        <source>The configuration file&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="140"/>
        <source>Choose the working directory in a folder dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="143"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="155"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="179"/>
        <source>Variables added to the program&apos;s environment, on top of the launcher&apos;s own. The launcher also sets the ZLAUNCHER_* variables. Rows without a name are ignored. Default: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="195"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="200"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="210"/>
        <source>Add an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="213"/>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="223"/>
        <source>Remove the selected environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="226"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="253"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="263"/>
        <source>How the launcher watches and stops the program.
Heartbeat (default): it speaks the zlauncher protocol; alive while it sends heartbeats, stopped by a stop request.
Plain: any executable; alive while its process runs, stopped by SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="269"/>
        <location filename="../ui/programdialog.ui" line="381"/>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="274"/>
        <source>Plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="282"/>
        <source>Start the program when the launcher starts, and as soon as it is added. Default: on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="285"/>
        <source>Start a&amp;utomatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="292"/>
        <source>Re&amp;start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="302"/>
        <source>What to do when the program exits.
Always (default): restart it.
On failure: restart it after a non-zero exit code, a signal or a hang.
Never: leave it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="309"/>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="314"/>
        <source>On failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="319"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="327"/>
        <source>Stop &amp;grace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="337"/>
        <source>How long a stopping program may take to exit before it is killed (SIGKILL). Default: 3000 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="346"/>
        <location filename="../ui/programdialog.ui" line="406"/>
        <location filename="../ui/programdialog.ui" line="444"/>
        <location filename="../ui/programdialog.ui" line="479"/>
        <location filename="../ui/programdialog.ui" line="526"/>
        <location filename="../ui/programdialog.ui" line="593"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="378"/>
        <source>Timings of heartbeat programs; plain programs do not use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="387"/>
        <source>&amp;Heartbeat interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="397"/>
        <source>How often the program sends a heartbeat, given to it in ZLAUNCHER_INTERVAL_MS. Default: 1000 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="422"/>
        <source>&amp;Lost timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="432"/>
        <source>How long without a heartbeat before the program counts as hung and is restarted; it must be longer than the interval. Default (&quot;3 × interval&quot;): three missed heartbeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="441"/>
        <source>3 × interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="460"/>
        <source>S&amp;tart timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="470"/>
        <source>How long after launch the first heartbeat may take before the program counts as hung. Default: 10000 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="498"/>
        <source>When the launcher stops restarting a program that keeps dying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="501"/>
        <source>Restart limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="507"/>
        <source>&amp;Minimum uptime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="517"/>
        <source>A program that dies sooner than this after its start is restarted with a growing delay; a plain program counts as ready after it. Default: 1000 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="542"/>
        <source>Ma&amp;ximum restarts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="552"/>
        <source>How many restarts are allowed within the restart window before the program is marked Failed. Default: 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="574"/>
        <source>Restart w&amp;indow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/programdialog.ui" line="584"/>
        <source>The sliding window over which restarts are counted. Default: 60000 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="65"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="68"/>
        <source>%1 is running: changes apply at its next start.</source>
        <extracomment>%1 is the program&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="79"/>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="84"/>
        <source>Speaks the zlauncher protocol: alive while it sends heartbeats, stopped by a stop request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="88"/>
        <source>Any executable: alive while its process runs, stopped by SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="91"/>
        <source>Restart it whenever it exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="93"/>
        <source>Restart it after a non-zero exit code, a signal or a hang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="94"/>
        <source>Leave it stopped after it exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="219"/>
        <source>Enter a name for the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="224"/>
        <source>Another program is already named &quot;%1&quot;: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="234"/>
        <source>The arguments open a single quote (&apos;) that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="236"/>
        <source>The arguments open a double quote (&quot;) that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="238"/>
        <source>The arguments end with a backslash (\) that escapes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="257"/>
        <source>The environment variable on row %1 has a value but no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="263"/>
        <source>The environment variable %1 is set twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="331"/>
        <source>Choose the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/programdialog.cpp" line="342"/>
        <source>Choose the working directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramRunner</name>
    <message>
        <location filename="../src/core/programrunner.cpp" line="30"/>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="33"/>
        <source>killed by signal %1 (SIG%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="37"/>
        <source>exited (status unknown: it was not started by this launcher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="108"/>
        <source>killing process group (SIGKILL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="125"/>
        <source>cannot start %1: cannot create the log folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="154"/>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="161"/>
        <source>cannot supervise %1 (pid %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="192"/>
        <source>after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="223"/>
        <source>died, and its restart policy is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="234"/>
        <source>restarted %1 times within %2 s; gave up until started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="251"/>
        <source>died %1 times within %2 ms of starting; restarting in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="263"/>
        <source>plain program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="281"/>
        <source>stop acknowledged in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="283"/>
        <source>unexpected reply &quot;%1&quot; to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="290"/>
        <source>stop request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="301"/>
        <source>%1; sending SIGTERM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="309"/>
        <source>%1; killing it to restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="327"/>
        <source>no heartbeat within %1 ms of start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="331"/>
        <source>no heartbeat for %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="338"/>
        <source>still running %1 ms after the stop request; sending SIGKILL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="414"/>
        <source>heartbeat from pid %1, but this launcher runs %2 as pid %3: a stray or duplicate instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="419"/>
        <source>heartbeat from pid %1, but %2 is not running under this launcher: a stray instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programrunner.cpp" line="445"/>
        <source>(pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramSpec</name>
    <message>
        <location filename="../src/core/programspec.cpp" line="16"/>
        <source>program %1: %2 must be a positive number of milliseconds (got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="18"/>
        <source>program %1: %2 must be zero or more milliseconds (got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="121"/>
        <source>program %1: &quot;name&quot; must be 1 to 64 characters among letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="127"/>
        <source>program %1: &quot;program&quot; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="140"/>
        <source>program %1: &quot;lostTimeoutMs&quot; must be longer than &quot;heartbeatIntervalMs&quot; (%2 ms), or the program is declared lost between two heartbeats (got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="160"/>
        <source>program %1: %2 must be zero or more (got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="168"/>
        <source>program %1: &quot;dependsOn&quot; must not name the program itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="174"/>
        <source>program %1: &quot;dependsOn&quot; contains %2, which is not a valid program name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="184"/>
        <source>program %1: &quot;environment&quot; has the variable name %2, which must not be empty nor contain &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="196"/>
        <source>cannot start %1: no program is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="202"/>
        <source>cannot start %1: program %2 was not found in PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="208"/>
        <source>cannot start %1: %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="212"/>
        <source>cannot start %1: %2 is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="216"/>
        <source>cannot start %1: %2 is not executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="225"/>
        <source>cannot start %1: working directory %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programspec.cpp" line="230"/>
        <source>cannot start %1: working directory %2 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramStore</name>
    <message>
        <location filename="../src/core/programstore.cpp" line="53"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="55"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="59"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="138"/>
        <source>a whole number between -2147483648 and 2147483647</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="148"/>
        <location filename="../src/core/programstore.cpp" line="150"/>
        <location filename="../src/core/programstore.cpp" line="154"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="152"/>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="159"/>
        <source>an object whose values are strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="161"/>
        <source>&quot;heartbeat&quot; or &quot;plain&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="169"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="172"/>
        <source>&quot;always&quot;, &quot;on-failure&quot; or &quot;never&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="195"/>
        <source>an array of program names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="219"/>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="221"/>
        <source>program %1 must be a JSON object (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="230"/>
        <source>program %1: %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="243"/>
        <source>program %1: %2 must be %3 (got %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="306"/>
        <source>two programs are named %1; each name must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="315"/>
        <source>program %1: &quot;dependsOn&quot; names %2, which is not a configured program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="323"/>
        <source>&quot;dependsOn&quot; forms a cycle (%1): none of these programs could ever start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="339"/>
        <source>JSON syntax error near line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="353"/>
        <source>&quot;version&quot; must be a whole number of 1 or more (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="358"/>
        <source>this configuration was written by a newer zlauncher (format version %1; this one reads up to version %2); it will not be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="375"/>
        <source>&quot;heartbeatEndpoints&quot; must be an array of strings (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="383"/>
        <source>&quot;heartbeatEndpoints&quot;: %1 must start with ipc:// or tcp:// and name an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="519"/>
        <source>the configuration is empty; it must be a JSON object such as {&quot;version&quot;: 1, &quot;programs&quot;: []}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="530"/>
        <source>the configuration must be a JSON object (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="542"/>
        <source>&quot;programs&quot; must be an array of objects (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="606"/>
        <location filename="../src/core/programstore.cpp" line="612"/>
        <source>Cannot read file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="619"/>
        <source>Invalid configuration file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="632"/>
        <location filename="../src/core/programstore.cpp" line="640"/>
        <location filename="../src/core/programstore.cpp" line="645"/>
        <location filename="../src/core/programstore.cpp" line="651"/>
        <source>Cannot write file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="634"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="675"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/programstore.cpp" line="681"/>
        <source>Cannot rename %1: too many files named %2-*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuntimeDir</name>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="39"/>
        <source>cannot create runtime directory %1: cannot create its parent folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="50"/>
        <source>cannot set mode 0700 on runtime directory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="60"/>
        <source>cannot create runtime directory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="75"/>
        <source>cannot inspect runtime directory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="81"/>
        <source>runtime directory %1 is a symbolic link, which could point anywhere; remove it or choose another directory with --runtime-dir or ZLAUNCHER_RUNTIME_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="90"/>
        <source>runtime directory %1 exists but is not a directory; remove it or choose another directory with --runtime-dir or ZLAUNCHER_RUNTIME_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="99"/>
        <source>runtime directory %1 belongs to user %2, not to you (uid %3); choose another with --runtime-dir or ZLAUNCHER_RUNTIME_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="107"/>
        <source>runtime directory %1 is accessible by group or others (mode %2); fix it with: chmod 700 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="143"/>
        <source>the runtime directory path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="151"/>
        <source>runtime directory %1 is too long for ipc endpoints: %2 takes %3 bytes, more than the %4 a Unix socket path allows (and program names make theirs longer still); choose a shorter one with --runtime-dir or ZLAUNCHER_RUNTIME_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="177"/>
        <source>the runtime directory is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="198"/>
        <source>another zlauncher (pid %1) is running on runtime directory %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="203"/>
        <source>another zlauncher is running on runtime directory %1 (lock file %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="211"/>
        <source>cannot create lock file %1: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/runtimedir.cpp" line="217"/>
        <source>cannot create lock file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopRequest</name>
    <message>
        <location filename="../src/core/stoprequest.cpp" line="18"/>
        <source>no reply within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stoprequest.cpp" line="40"/>
        <source>the request could not be queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stoprequest.cpp" line="48"/>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stoprequest.cpp" line="72"/>
        <source>receiving the reply failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <location filename="../src/core/supervisor.cpp" line="89"/>
        <source>also listening for heartbeats on %1 (configured; outside the private runtime directory, anyone who can reach it can send heartbeats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="100"/>
        <source>a program named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="104"/>
        <source>program &quot;%1&quot;: the name is too long for a control endpoint in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="161"/>
        <source>there is no program named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="163"/>
        <source>stop %1 before renaming it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="359"/>
        <source>dropped %1 malformed heartbeat messages (%2); %3 dropped in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="373"/>
        <source>heartbeats from more than %1 unknown names; no longer reporting new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/supervisor.cpp" line="378"/>
        <source>heartbeat from &quot;%1&quot;, which is not a configured program; ignored (reported once)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/gui.cpp" line="23"/>
        <source>zlauncher cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/headless.cpp" line="27"/>
        <source>zlauncher: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
