<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddFormatCommand</name>
    <message>
        <source>Add the format %1</source>
        <translation>Format %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddMissingCommand</name>
    <message>
        <source>Add Missing Skills of %1</source>
        <translation>Fehlende Fähigkeiten aus %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddPostingCommand</name>
    <message>
        <source>Keep Posting %1</source>
        <translation>Stellenanzeige %1 behalten</translation>
    </message>
</context>
<context>
    <name>AddProjectCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddQuestionCommand</name>
    <message>
        <source>Add a question</source>
        <translation>Frage hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddQuestionsToBankCommand</name>
    <message>
        <source>Add the session&apos;s questions to the bank</source>
        <translation>Fragen des Interviews in die Fragensammlung übernehmen</translation>
    </message>
</context>
<context>
    <name>AddressEditor</name>
    <message>
        <source>e.g. Hauptstraße 5</source>
        <translation>z. B. Hauptstraße 5</translation>
    </message>
    <message>
        <source>State, province or county</source>
        <translation>Bundesland, Provinz oder Kreis</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>z. B. DE</translation>
    </message>
    <message>
        <source>Two letters (ISO 3166-1), as JSON Resume keeps it.</source>
        <translation>Zwei Buchstaben (ISO 3166-1), wie JSON Resume es speichert.</translation>
    </message>
    <message>
        <source>Only JSON Resume exports carry the postal address; the documents show the one-line location above.</source>
        <translation>Nur JSON-Resume-Exporte enthalten die Postanschrift; die Dokumente zeigen den einzeiligen Ort oben.</translation>
    </message>
    <message>
        <source>Street address:</source>
        <translation>Straße und Hausnummer:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Stadt:</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>Post&amp;leitzahl:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Countr&amp;y code:</source>
        <translation>Länder&amp;code:</translation>
    </message>
    <message>
        <source>Edit postal address</source>
        <translation>Postanschrift bearbeiten</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <source>Add Application</source>
        <translation>Bewerbung hinzufügen</translation>
    </message>
    <message>
        <source>Edit Application</source>
        <translation>Bewerbung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>Enter the company you applied to.</source>
        <translation>Geben Sie das Unternehmen ein, bei dem Sie sich beworben haben.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Job board, referral, recruiter ...</source>
        <translation>Jobbörse, Empfehlung, Personalvermittlung ...</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation>Beworben am:</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>&amp;Posting:</source>
        <translation>&amp;Stellenanzeige:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message>
        <source>&amp;Add Application...</source>
        <translation>Bewerbung hin&amp;zufügen...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bearbeiten...</translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage</source>
        <translation>In die &amp;nächste Phase</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Stage to move to</source>
        <translation>Ziel-Phase</translation>
    </message>
    <message>
        <source>or to</source>
        <translation>oder nach</translation>
    </message>
    <message>
        <source>Applications by stage</source>
        <translation>Bewerbungen nach Phase</translation>
    </message>
    <message>
        <source>Stage, application, moves and interviews</source>
        <translation>Phase, Bewerbung, Schritte und Interviews</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>No applications yet. Add one with &lt;b&gt;Add Application...&lt;/b&gt;; a real interview can then belong to it, and each move through the stages is dated.</source>
        <translation>Noch keine Bewerbungen. Legen Sie eine mit &lt;b&gt;Bewerbung hinzufügen...&lt;/b&gt; an; ein echtes Interview kann dann zu ihr gehören, und jeder Schritt durch die Phasen wird datiert.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Fachinterview</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Verschoben nach %1</translation>
    </message>
    <message>
        <source>interviewer %1/5</source>
        <translation>Interviewer %1/5</translation>
    </message>
    <message>
        <source>self %1/5</source>
        <translation>selbst %1/5</translation>
    </message>
    <message>
        <source>Interview: %1, %2</source>
        <translation>Interview: %1, %2</translation>
    </message>
    <message>
        <source>How many applications reached each stage</source>
        <translation>Bewerbungen, die jede Phase erreichten</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Add the application to %1</source>
        <translation>Bewerbung bei %1 hinzufügen</translation>
    </message>
    <message>
        <source>Added the application to %1.</source>
        <translation>Bewerbung bei %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Edit the application to %1</source>
        <translation>Bewerbung bei %1 bearbeiten</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Moved %1 to %2. Edit &gt; Undo moves it back.</source>
        <translation>%1 nach %2 verschoben. Bearbeiten &gt; Rückgängig nimmt das zurück.</translation>
    </message>
    <message>
        <source>Delete Application</source>
        <translation>Bewerbung löschen</translation>
    </message>
    <message>
        <source>Delete the selected application (Del). Its interviews stay, no longer linked to it; Edit &gt; Undo brings it back.</source>
        <translation>Die gewählte Bewerbung löschen (Entf). Ihre Interviews bleiben, nur nicht mehr mit ihr verknüpft; Bearbeiten &gt; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Delete the application to %1 and the dates of its stage moves?</source>
        <translation>Die Bewerbung bei %1 und die Daten ihrer Phasenwechsel löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n interview(s) stay in the session list, no longer linked to an application.</source>
        <translation>
            <numerusform>Ihr %n Interview bleibt in der Liste, nur nicht mehr mit einer Bewerbung verknüpft.</numerusform>
            <numerusform>Ihre %n Interviews bleiben in der Liste, nur nicht mehr mit einer Bewerbung verknüpft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job posting(s) made for it stay on the Job Match page, unlinked.</source>
        <translation>
            <numerusform>%n Stellenanzeige dafür bleibt auf der Seite Stellenabgleich, ohne Verknüpfung.</numerusform>
            <numerusform>%n Stellenanzeigen dafür bleiben auf der Seite Stellenabgleich, ohne Verknüpfung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it all back.</source>
        <translation>Bearbeiten &gt; Rückgängig holt alles zurück.</translation>
    </message>
    <message>
        <source>Deleted the application to %1; its interviews are kept. Edit &gt; Undo brings it back.</source>
        <translation>Die Bewerbung bei %1 ist gelöscht; ihre Interviews bleiben. Bearbeiten &gt; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>The applications cannot be read: %1</source>
        <translation>Die Bewerbungen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>AreaStore</name>
    <message>
        <source>the database refused the change</source>
        <translation>die Datenbank hat die Änderung abgelehnt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 says what was not saved, %2 why</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>BackupExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The workbench cannot be read: %1</source>
        <translation>Die Workbench kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cancelled; no backup was written.</source>
        <translation>Abgebrochen; es wurde keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Schreibe %1</translation>
    </message>
</context>
<context>
    <name>BackupImport</name>
    <message>
        <source>The backup has a table &quot;%1&quot; that this Career Workbench does not know.</source>
        <translation>Die Sicherung enthält eine Tabelle „%1“, die diese Career Workbench nicht kennt.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is in the backup twice.</source>
        <translation>Die Tabelle „%1“ ist zweimal in der Sicherung.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; of the backup has a column &quot;%2&quot; that this Career Workbench does not know.</source>
        <translation>Die Tabelle „%1“ der Sicherung hat eine Spalte „%2“, die diese Career Workbench nicht kennt.</translation>
    </message>
    <message>
        <source>Row %1 of table &quot;%2&quot; cannot be restored: %3</source>
        <translation>Zeile %1 der Tabelle „%2“ kann nicht wiederhergestellt werden: %3</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>Stelle %1 wieder her</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer Career Workbench (schema version %2; this one knows up to %3). Open it with a newer Career Workbench.</source>
        <translation>%1 wurde von einer neueren Career Workbench erstellt (Schemaversion %2; diese kennt bis %3). Öffnen Sie sie mit einer neueren Career Workbench.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup is only restored into a new file; choose another name.</source>
        <translation>%1 existiert bereits. Eine Sicherung wird nur in eine neue Datei wiederhergestellt; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was created.</source>
        <translation>Abgebrochen; es wurde nichts erstellt.</translation>
    </message>
</context>
<context>
    <name>BackupReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>a whole number was expected</source>
        <translation>eine ganze Zahl wurde erwartet</translation>
    </message>
    <message>
        <source>a backup is one JSON object</source>
        <translation>eine Sicherung ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>this is not a Career Workbench backup</source>
        <translation>dies ist keine Sicherung von Career Workbench</translation>
    </message>
    <message>
        <source>This backup has format version %1; this Career Workbench reads versions up to %2. Open it with a newer Career Workbench.</source>
        <translation>Diese Sicherung hat die Formatversion %1; diese Career Workbench liest Versionen bis %2. Öffnen Sie sie mit einer neueren Career Workbench.</translation>
    </message>
    <message>
        <source>a text was expected</source>
        <translation>ein Text wurde erwartet</translation>
    </message>
    <message>
        <source>&quot;format&quot;, &quot;version&quot; and &quot;schemaVersion&quot; must come before the tables</source>
        <translation>„format“, „version“ und „schemaVersion“ müssen vor den Tabellen stehen</translation>
    </message>
    <message>
        <source>the backup has no tables</source>
        <translation>die Sicherung hat keine Tabellen</translation>
    </message>
    <message>
        <source>&quot;tables&quot; must be a list</source>
        <translation>„tables“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>a table was expected</source>
        <translation>eine Tabelle wurde erwartet</translation>
    </message>
    <message>
        <source>a table needs a name</source>
        <translation>eine Tabelle braucht einen Namen</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be a list of names</source>
        <translation>„columns“ muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <source>a table&apos;s name and columns must come before its rows</source>
        <translation>Name und Spalten einer Tabelle müssen vor ihren Zeilen stehen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>a table needs &quot;name&quot;, &quot;columns&quot; and &quot;rows&quot;</source>
        <translation>eine Tabelle braucht „name“, „columns“ und „rows“</translation>
    </message>
    <message>
        <source>&quot;rows&quot; must be a list</source>
        <translation>„rows“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>a row must be a list of values</source>
        <translation>eine Zeile muss eine Liste von Werten sein</translation>
    </message>
    <message>
        <source>a row has more values than columns</source>
        <translation>eine Zeile hat mehr Werte als Spalten</translation>
    </message>
    <message>
        <source>a row has %1 values for %2 columns</source>
        <translation>eine Zeile hat %1 Werte für %2 Spalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range</source>
        <translation>„%1“ liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>bytes are written as {&quot;base64&quot;: &quot;...&quot;}</source>
        <translation>Bytes werden als {&quot;base64&quot;: &quot;...&quot;} geschrieben</translation>
    </message>
    <message>
        <source>the bytes are not valid base64</source>
        <translation>die Bytes sind kein gültiges Base64</translation>
    </message>
    <message>
        <source>a value (text, number, null or bytes) was expected</source>
        <translation>ein Wert (Text, Zahl, null oder Bytes) wurde erwartet</translation>
    </message>
    <message>
        <source>a table gives &quot;%1&quot; twice</source>
        <translation>eine Tabelle gibt „%1“ zweimal an</translation>
    </message>
</context>
<context>
    <name>BuiltInAdditionsDialog</name>
    <message>
        <source>Add What the Built-in Roadmap Has</source>
        <translation>Fehlendes aus der eingebauten Roadmap hinzufügen</translation>
    </message>
    <message>
        <source>Your roadmap already has every skill of the built-in roadmap. There is nothing to add.</source>
        <translation>Ihre Roadmap hat bereits jede Fähigkeit der eingebauten Roadmap. Es gibt nichts hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>The built-in roadmap has %n skill(s) that yours lacks. The ticked ones are added; nothing already on your roadmap changes. Skills of a specialisation you have not chosen come without a target, as optional.</source>
        <translation>
            <numerusform>Die eingebaute Roadmap hat %n Fähigkeit, die Ihrer fehlt. Die angehakten werden hinzugefügt; was schon auf Ihrer Roadmap steht, bleibt unverändert. Fähigkeiten einer Spezialisierung, die Sie nicht gewählt haben, kommen ohne Ziel, als optional.</numerusform>
            <numerusform>Die eingebaute Roadmap hat %n Fähigkeiten, die Ihrer fehlen. Die angehakten werden hinzugefügt; was schon auf Ihrer Roadmap steht, bleibt unverändert. Fähigkeiten einer Spezialisierung, die Sie nicht gewählt haben, kommen ohne Ziel, als optional.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skills to add</source>
        <translation>Hinzuzufügende Fähigkeiten</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1 (new stage)</source>
        <translation>%1 (neue Phase)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Part of a specialisation you have not chosen: added without a target. Give it one on the Skills page if you want it after all.</source>
        <translation>Gehört zu einer Spezialisierung, die Sie nicht gewählt haben: wird ohne Ziel hinzugefügt. Geben Sie ihr auf der Seite „Fähigkeiten“ ein Ziel, wenn Sie sie doch lernen wollen.</translation>
    </message>
    <message>
        <source>Add Ticked Skills</source>
        <translation>Angehakte Fähigkeiten hinzufügen</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>coding</source>
        <translation>Programmieren</translation>
    </message>
    <message>
        <source>system design</source>
        <translation>Systemdesign</translation>
    </message>
    <message>
        <source>ML theory</source>
        <translation>ML-Theorie</translation>
    </message>
    <message>
        <source>behavioural</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>take-home</source>
        <translation>Hausaufgabe</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>technisch</translation>
    </message>
    <message>
        <source>screening</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Exam: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <source>Renewal due: %1</source>
        <translation>Erneuerung fällig: %1</translation>
    </message>
    <message>
        <source>From Career Workbench.</source>
        <translation>Aus Career Workbench.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Interview (%1)</source>
        <translation>Vorstellungsgespräch (%1)</translation>
    </message>
    <message>
        <source>Interview: %1 (%2)</source>
        <translation>Vorstellungsgespräch: %1 (%2)</translation>
    </message>
    <message>
        <source>The calendar could not be read from the workbench: %1</source>
        <translation>Der Kalender konnte nicht aus der Workbench gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Add from Catalogue</source>
        <translation>Aus dem Katalog hinzufügen</translation>
    </message>
    <message>
        <source>Common AI, ML and cloud certifications to start from. Costs and study hours are &lt;b&gt;estimates written down on %1&lt;/b&gt;: check the issuer&apos;s page, then change the values to your own. Your values are never overwritten by the catalogue.</source>
        <translation>Verbreitete KI-, ML- und Cloud-Zertifizierungen als Ausgangspunkt. Kosten und Lernstunden sind &lt;b&gt;Schätzungen mit Stand vom %1&lt;/b&gt;: Prüfen Sie die Seite des Anbieters und ersetzen Sie die Werte dann durch Ihre eigenen. Der Katalog überschreibt Ihre Werte nie.</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Exam fee (est.)</source>
        <translation>Prüfungsgebühr (ca.)</translation>
    </message>
    <message>
        <source>Materials (est.)</source>
        <translation>Lernmaterial (ca.)</translation>
    </message>
    <message>
        <source>Study (est.)</source>
        <translation>Lernzeit (ca.)</translation>
    </message>
    <message>
        <source>Renewal (est.)</source>
        <translation>Erneuerung (ca.)</translation>
    </message>
    <message>
        <source>%1 (already in your list)</source>
        <translation>%1 (bereits in Ihrer Liste)</translation>
    </message>
    <message>
        <source>%1 every %2</source>
        <translation>%1 alle %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Add Selected</source>
        <translation>Auswahl hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Certifications</source>
        <translation>
            <numerusform>%n Zertifizierung hinzufügen</numerusform>
            <numerusform>%n Zertifizierungen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Certification catalogue</source>
        <translation>Zertifizierungskatalog</translation>
    </message>
</context>
<context>
    <name>Certification</name>
    <message>
        <source>Considering</source>
        <translation>In Erwägung</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>In Vorbereitung</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Erworben</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Aufgegeben</translation>
    </message>
</context>
<context>
    <name>CertificationEditor</name>
    <message>
        <source>Add Certification</source>
        <translation>Zertifizierung hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Costs and Return</source>
        <translation>Kosten und Rendite</translation>
    </message>
    <message>
        <source>Skills Covered</source>
        <translation>Abgedeckte Fähigkeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>&amp;Web page:</source>
        <translation>&amp;Webseite:</translation>
    </message>
    <message>
        <source>&amp;Credential ID:</source>
        <translation>&amp;Zertifikats-ID:</translation>
    </message>
    <message>
        <source>Started studying:</source>
        <translation>Lernbeginn:</translation>
    </message>
    <message>
        <source>Exam date:</source>
        <translation>Prüfungstermin:</translation>
    </message>
    <message>
        <source>Earned on:</source>
        <translation>Erworben am:</translation>
    </message>
    <message>
        <source>Expires on:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>%1 (your profile&apos;s)</source>
        <translation>%1 (laut Profil)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Exam fee:</source>
        <translation>&amp;Prüfungsgebühr:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Lernmaterial:</translation>
    </message>
    <message>
        <source>O&amp;ther costs:</source>
        <translation>Sonstige &amp;Kosten:</translation>
    </message>
    <message>
        <source>&amp;Renewal fee:</source>
        <translation>&amp;Erneuerungsgebühr:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Renewed every:</source>
        <translation>Erneuerung alle:</translation>
    </message>
    <message>
        <source>&amp;Planned study:</source>
        <translation>&amp;Geplante Lernzeit:</translation>
    </message>
    <message>
        <source>Logged so far:</source>
        <translation>Bisher erfasst:</translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation>Nicht geschätzt</translation>
    </message>
    <message>
        <source>Amount a year</source>
        <translation>Betrag pro Jahr</translation>
    </message>
    <message>
        <source>% of current salary</source>
        <translation>% des aktuellen Gehalts</translation>
    </message>
    <message>
        <source>Expected salary &amp;uplift:</source>
        <translation>Erwartete Gehalts&amp;steigerung:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Fix the marked fields before saving (%1).</source>
        <translation>Korrigieren Sie vor dem Speichern die markierten Felder (%1).</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Costs and hours started from the catalogue&apos;s estimates, written down on %1. Check them against the issuer&apos;s page; your values are kept as you enter them.</source>
        <translation>Kosten und Stunden stammen aus den Schätzungen des Katalogs mit Stand vom %1. Prüfen Sie sie auf der Seite des Anbieters; Ihre Werte werden so gespeichert, wie Sie sie eingeben.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Earning this certification counts as evidence for the skills you tick.</source>
        <translation>Diese Zertifizierung zählt, sobald erworben, als Nachweis für die angehakten Fähigkeiten.</translation>
    </message>
</context>
<context>
    <name>CertificationStore</name>
    <message>
        <source>The certification could not be saved</source>
        <translation>Die Zertifizierung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The certification could not be deleted</source>
        <translation>Die Zertifizierung konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The study time could not be logged</source>
        <translation>Die Lernzeit konnte nicht erfasst werden</translation>
    </message>
    <message>
        <source>The study time could not be removed</source>
        <translation>Die Lernzeit konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>The certification cannot be read, so it was not deleted: %1</source>
        <translation>Die Zertifizierung kann nicht gelesen werden und wurde daher nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>sie existiert nicht mehr</translation>
    </message>
    <message>
        <source>The study time logged against %1 cannot be read, so it was not deleted: %2</source>
        <translation>Die für %1 erfasste Lernzeit kann nicht gelesen werden, daher wurde nichts gelöscht: %2</translation>
    </message>
    <message>
        <source>The certification cannot be read, so it was not saved: %1</source>
        <translation>Die Zertifizierung kann nicht gelesen werden und wurde deshalb nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>CertificationText</name>
    <message>
        <source>Set a horizon of at least one year</source>
        <translation>Wählen Sie einen Zeithorizont von mindestens einem Jahr</translation>
    </message>
    <message>
        <source>Costs, hours and uplift cannot be negative</source>
        <translation>Kosten, Stunden und Gehaltssteigerung dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>The tax or discount rate is out of range</source>
        <translation>Der Steuer- oder Abzinsungssatz liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>ROI as a percentage, e.g. &quot;483.3 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no payback</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>Erneuerung fällig</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>over 100 years</source>
        <translation>über 100 Jahre</translation>
    </message>
    <message>
        <source>Enter your salary in Edit &gt; Preferences</source>
        <translation>Gehalt eingeben unter Bearbeiten &gt; Einstellungen</translation>
    </message>
    <message>
        <source>Enter the expected salary gain: Edit...</source>
        <translation>Erwarteten Gehaltszuwachs eingeben: Bearbeiten...</translation>
    </message>
    <message>
        <source>nothing left to decide</source>
        <translation>nichts mehr zu entscheiden</translation>
    </message>
    <message>
        <source>needs your salary</source>
        <extracomment>In the ROI column: the user&apos;s salary is not entered yet</extracomment>
        <translation>Gehalt fehlt</translation>
    </message>
    <message>
        <source>needs salary gain</source>
        <extracomment>In the ROI column: the certification&apos;s expected salary gain is not entered yet</extracomment>
        <translation>Gehaltsplus fehlt</translation>
    </message>
    <message>
        <source>check inputs</source>
        <extracomment>In the ROI column: an input is out of range (the tooltip says which)</extracomment>
        <translation>Eingaben prüfen</translation>
    </message>
</context>
<context>
    <name>CertificationValidator</name>
    <message>
        <source>The renewal period cannot be negative.</source>
        <translation>Der Verlängerungszeitraum darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Give the salary gain as an amount or as a percentage, not both.</source>
        <translation>Geben Sie den Gehaltszuwachs als Betrag oder als Prozentsatz an, nicht beides.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>dem Lernbeginn</translation>
    </message>
    <message>
        <source>the exam</source>
        <translation>der Prüfung</translation>
    </message>
    <message>
        <source>the earned date</source>
        <translation>dem Erwerbsdatum</translation>
    </message>
    <message>
        <source>the expiry</source>
        <translation>dem Ablaufdatum</translation>
    </message>
    <message>
        <source>Cannot be before %1 (%2).</source>
        <translation>Darf nicht vor %1 liegen (%2).</translation>
    </message>
</context>
<context>
    <name>CertificationsModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Earned, but the expiry date %1 has passed</source>
        <translation>Erworben, aber das Ablaufdatum %1 ist überschritten</translation>
    </message>
    <message>
        <source>%1 logged of %2 planned</source>
        <translation>%1 von geplanten %2 erfasst</translation>
    </message>
    <message>
        <source>Net present value over %1 at a %2 % discount rate</source>
        <translation>Kapitalwert über %1 bei einem Abzinsungssatz von %2 %</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>logged of planned study hours, e.g. &quot;45 / 90 h&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Exam, materials, other costs, renewals inside the horizon and the value of the study time</source>
        <translation>Prüfung, Lernmaterial, sonstige Kosten, Erneuerungen im Zeithorizont und der Wert der Lernzeit</translation>
    </message>
    <message>
        <source>Return over the horizon: (benefit after tax x years - total cost) / total cost</source>
        <translation>Rendite über den Zeithorizont: (Nutzen nach Steuern x Jahre - Gesamtkosten) / Gesamtkosten</translation>
    </message>
    <message>
        <source>Months until the benefit after tax has covered the total cost</source>
        <translation>Monate, bis der Nutzen nach Steuern die Gesamtkosten gedeckt hat</translation>
    </message>
    <message>
        <source>Benefit after tax, discounted a year at a time, minus the total cost</source>
        <translation>Nutzen nach Steuern, Jahr für Jahr abgezinst, abzüglich der Gesamtkosten</translation>
    </message>
    <message>
        <source>Hours logged of the hours planned</source>
        <translation>Erfasste von geplanten Stunden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Lernzeit</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>Kapitalwert</translation>
    </message>
    <message>
        <source>Exam, materials and other: %1
Renewals inside the horizon (%2): %3
Time cost (%4 at %5 an hour): %6%7</source>
        <translation>Prüfung, Lernmaterial und Sonstiges: %1
Erneuerungen im Zeithorizont (%2): %3
Zeitkosten (%4 zu %5 pro Stunde): %6%7</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <extracomment>money in two currencies that are not converted, e.g. &quot;$400 + 3.200 €&quot;</extracomment>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>Costs are in %1, your salary and the value of a study hour in %2: these figures add both without converting. Enter the costs in %2 for a true comparison.</source>
        <translation>Die Kosten sind in %1 angegeben, Ihr Gehalt und der Wert einer Lernstunde in %2: Diese Zahlen addieren beide Währungen ohne Umrechnung. Geben Sie die Kosten in %2 ein, um richtig zu vergleichen.</translation>
    </message>
    <message>
        <source>The certifications cannot be read: %1</source>
        <translation>Die Zertifizierungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The certification cannot be read: %1</source>
        <translation>Die Zertifizierung kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CertificationsPage</name>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>Plan the certifications you are considering, track your study time and see which ones pay back, and when.</source>
        <translation>Planen Sie die Zertifizierungen, die Sie in Erwägung ziehen, erfassen Sie Ihre Lernzeit und sehen Sie, welche sich amortisieren – und wann.</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>Hin&amp;zufügen...</translation>
    </message>
    <message>
        <source>Add from &amp;Catalogue...</source>
        <translation>Aus &amp;Katalog hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Log Study...</source>
        <translation>Lernzeit e&amp;rfassen...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Filter by name or issuer</source>
        <translation>Nach Name oder Anbieter filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>No certifications yet. Add one you are considering with &lt;b&gt;Add...&lt;/b&gt;, or start from a common AI, ML or cloud certification with &lt;b&gt;Add from Catalogue...&lt;/b&gt;; then give it an expected salary uplift to see when it pays back.</source>
        <translation>Noch keine Zertifizierungen. Fügen Sie mit &lt;b&gt;Hinzufügen...&lt;/b&gt; eine hinzu, die Sie in Erwägung ziehen, oder beginnen Sie mit &lt;b&gt;Aus Katalog hinzufügen...&lt;/b&gt; bei einer verbreiteten KI-, ML- oder Cloud-Zertifizierung. Geben Sie dann eine erwartete Gehaltssteigerung an, um zu sehen, wann sie sich amortisiert.</translation>
    </message>
    <message>
        <source>Add Certification...</source>
        <translation>Zertifizierung hinzufügen...</translation>
    </message>
    <message>
        <source>Add from Catalogue...</source>
        <translation>Aus Katalog hinzufügen...</translation>
    </message>
    <message>
        <source>Assumptions: horizon %1, tax %2 %, discount %3 %, study hour %4 (Edit &gt; Preferences).</source>
        <translation>Annahmen: Zeithorizont %1, Steuer %2 %, Abzinsung %3 %, Lernstunde %4 (Bearbeiten &gt; Einstellungen).</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Delete %1 and the %2 of study time logged against it?</source>
        <translation>%1 und die dafür erfasste Lernzeit von %2 löschen?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Delete Certification</source>
        <translation>Zertifizierung löschen</translation>
    </message>
    <message>
        <source>Deleted %1. Edit &gt; Undo brings it back.</source>
        <translation>%1 gelöscht. Mit Bearbeiten &gt; Rückgängig holen Sie sie zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n certifications from the catalogue</source>
        <translation>
            <numerusform>%n Zertifizierung aus dem Katalog hinzufügen</numerusform>
            <numerusform>%n Zertifizierungen aus dem Katalog hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 from the catalogue: check the estimated costs against the issuer&apos;s page.</source>
        <translation>%1 aus dem Katalog hinzugefügt: Prüfen Sie die geschätzten Kosten auf der Seite des Anbieters.</translation>
    </message>
    <message>
        <source>Added %1 certifications from the catalogue: check the estimated costs against the issuer&apos;s page.</source>
        <translation>%1 Zertifizierungen aus dem Katalog hinzugefügt: Prüfen Sie die geschätzten Kosten auf der Seite des Anbieters.</translation>
    </message>
    <message>
        <source>One certification has costs in a currency other than your salary&apos;s (%1): its cost and return add both without converting (marked in the ROI column). Enter its costs in %1 for a true comparison.</source>
        <translation>Eine Zertifizierung hat Kosten in einer anderen Währung als Ihr Gehalt (%1): Ihre Kosten und Rendite addieren beide Währungen ohne Umrechnung (in der ROI-Spalte markiert). Geben Sie die Kosten in %1 ein, um richtig zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n certifications have costs in a currency other than your salary&apos;s (%1): their cost and return add both without converting (marked in the ROI column). Enter their costs in %1 for a true comparison.</source>
        <translation>
            <numerusform>%n Zertifizierung hat Kosten in einer anderen Währung als Ihr Gehalt (%1): Kosten und Rendite addieren beide Währungen ohne Umrechnung (in der ROI-Spalte markiert). Geben Sie die Kosten in %1 ein, um richtig zu vergleichen.</numerusform>
            <numerusform>%n Zertifizierungen haben Kosten in einer anderen Währung als Ihr Gehalt (%1): Kosten und Rendite addieren beide Währungen ohne Umrechnung (in der ROI-Spalte markiert). Geben Sie die Kosten in %1 ein, um richtig zu vergleichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter certifications</source>
        <translation>Zertifizierungen filtern</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>B&amp;earbeiten...</translation>
    </message>
    <message>
        <source>The roadmap&apos;s skills cannot be read: %1</source>
        <translation>Die Fähigkeiten der Roadmap können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The certifications already added cannot be read: %1</source>
        <translation>Die bereits hinzugefügten Zertifizierungen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ChartDataDialog</name>
    <message>
        <source>Chart Data</source>
        <translation>Diagrammdaten</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <source>The numbers of the chart &quot;%1&quot;</source>
        <translation>Die Zahlen des Diagramms „%1“</translation>
    </message>
    <message>
        <source>This page shows no chart.</source>
        <translation>Diese Seite zeigt kein Diagramm.</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Open, update and fully verify an existing workbench without a window, print one line and exit. Never creates a file.</source>
        <translation>Eine vorhandene Workbench ohne Fenster öffnen, aktualisieren und vollständig prüfen, eine Zeile ausgeben und beenden. Legt nie eine Datei an.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Zeigt diese Hilfe an und beendet sich.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Zeigt die Version an und beendet sich.</translation>
    </message>
    <message>
        <source>The workbench FILE to open or work on (the app creates it when it does not exist).</source>
        <translation>Die Workbench-DATEI, die geöffnet oder bearbeitet wird (die App legt sie an, wenn es sie nicht gibt).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>A workbench to open (the same as --database).</source>
        <translation>Eine Workbench, die geöffnet wird (wie --database).</translation>
    </message>
    <message>
        <source>Give one workbench file at a time, not %1.</source>
        <translation>Geben Sie eine Workbench-Datei auf einmal an, nicht %1.</translation>
    </message>
    <message>
        <source>Give the workbench either as --database FILE or as FILE, not both.</source>
        <translation>Geben Sie die Workbench entweder als --database DATEI oder als DATEI an, nicht beides.</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>--database braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--%1 and --%2 do not go together: give one command at a time.</source>
        <translation>--%1 und --%2 passen nicht zusammen: Geben Sie einen Befehl auf einmal an.</translation>
    </message>
    <message>
        <source>--%1 goes only with %2.</source>
        <translation>--%1 gehört nur zu %2.</translation>
    </message>
    <message>
        <source>--%1 does not work on a workbench: leave out --database and FILE.</source>
        <translation>--%1 arbeitet nicht mit einer Workbench: Lassen Sie --database und DATEI weg.</translation>
    </message>
    <message>
        <source>Commands (one at a time; without one the app starts its window):</source>
        <translation>Befehle (einer auf einmal; ohne Befehl öffnet die App ihr Fenster):</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 the work failed, 2 a mistake on the command line; a command may document others.</source>
        <translation>Exit-Codes: 0 erledigt, 1 die Arbeit ist fehlgeschlagen, 2 ein Fehler in der Befehlszeile; ein Befehl kann weitere dokumentieren.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for the commands and their options.</source>
        <translation>Siehe &apos;%1 --help&apos; für die Befehle und ihre Optionen.</translation>
    </message>
</context>
<context>
    <name>CompareCharts</name>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Kapitalwert</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <source>Point at a bar or line to see its value.</source>
        <translation>Zeigen Sie auf einen Balken oder eine Linie, um den Wert zu sehen.</translation>
    </message>
    <message>
        <source>Nothing to compare yet: add certifications and give them an expected salary uplift to see which pay back first.</source>
        <translation>Noch nichts zu vergleichen: Fügen Sie Zertifizierungen hinzu und geben Sie eine erwartete Gehaltssteigerung an, um zu sehen, welche sich zuerst amortisieren.</translation>
    </message>
    <message>
        <source>ROI over %1</source>
        <translation>ROI über %1</translation>
    </message>
    <message>
        <source>ROI %</source>
        <translation>ROI in %</translation>
    </message>
    <message>
        <source>%1: ROI %2, payback %3, NPV %4</source>
        <translation>%1: ROI %2, Amortisation %3, Kapitalwert %4</translation>
    </message>
    <message>
        <source>Break-even: cumulative net value by month</source>
        <translation>Break-even: kumulierter Nettowert nach Monaten</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>%1, month %2: %3 (payback %4)</source>
        <translation>%1, Monat %2: %3 (Amortisation %4)</translation>
    </message>
    <message>
        <source>Net value (%1)</source>
        <translation>Nettowert (%1)</translation>
    </message>
    <message>
        <source> (costs in %1 added to salary-based amounts without converting)</source>
        <translation> (Kosten in %1 ohne Umrechnung zu gehaltsbasierten Beträgen addiert)</translation>
    </message>
    <message>
        <source>%1: best %2 of %3</source>
        <translation>%1: beste %2 von %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Net value (mixed currencies)</source>
        <translation>Nettowert (gemischte Währungen)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n never pay(s) back)</source>
        <extracomment>chart title, e.g. &quot;Break-even: cumulative net value by month (2 never pay back)&quot;</extracomment>
        <translation>
            <numerusform>%1 (%n amortisiert sich nie)</numerusform>
            <numerusform>%1 (%n amortisieren sich nie)</numerusform>
        </translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>chart title and its unit, e.g. &quot;Break-even: cumulative net value by month · Net value (USD)&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>e.g. Data analyst moving into AI engineering</source>
        <translation>z. B. Datenanalyst auf dem Weg ins AI Engineering</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>e.g. Berlin, Germany</source>
        <translation>z. B. Berlin, Deutschland</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>Two or three sentences: who you are, what you have built, what you look for.</source>
        <translation>Zwei oder drei Sätze: wer Sie sind, was Sie gebaut haben, was Sie suchen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Zu&amp;sammenfassung:</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Hea&amp;dline:</source>
        <translation>&amp;Titelzeile:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>Create a new workbench with the AI-engineer roadmap at FILE (which must not exist), print one line and exit.</source>
        <translation>Eine neue Workbench mit der Roadmap zum KI-Engineer als DATEI anlegen (die es noch nicht geben darf), eine Zeile ausgeben und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
</context>
<context>
    <name>CreateDemoCommand</name>
    <message>
        <source>Write the demo workbench to FILE (which must not exist) and exit.</source>
        <translation>Schreibt die Demo-Workbench in DATEI (die noch nicht existieren darf) und beendet sich.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import Interview Sessions</source>
        <translation>Interviews importieren</translation>
    </message>
    <message>
        <source>Reading %1 ...</source>
        <translation>%1 wird gelesen ...</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Zu importierende Zeilen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Reading the CSV file</source>
        <translation>Die CSV-Datei wird gelesen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Rows in %1: %2. New: %3. Updating a session already there (the same date, company, role and format), in place: %4.</source>
        <translation>Zeilen in %1: %2. Neu: %3. Aktualisieren ein vorhandenes Interview (gleiches Datum, Unternehmen, Rolle und Format) an Ort und Stelle: %4.</translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation>Die ersten %1 Zeilen werden gezeigt.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Importing interview sessions</source>
        <translation>Interviews werden importiert</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>update in place</source>
        <translation>wird aktualisiert</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation>die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8.</source>
        <translation>die Datei ist UTF-16-Text; speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1 cannot be read); save it as UTF-8.</source>
        <translation>die Datei ist kein UTF-8-Text (Byte 0x%1 ist nicht lesbar); speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Your AI-engineering workbench</source>
        <translation>Ihre KI-Engineering-Workbench</translation>
    </message>
    <message>
        <source>%1&apos;s AI-engineering workbench</source>
        <translation>KI-Engineering-Workbench von %1</translation>
    </message>
    <message>
        <source>The workbench could not be read: %1</source>
        <translation>Die Workbench konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s) tracked</source>
        <translation>
            <numerusform>%n Zertifizierung erfasst</numerusform>
            <numerusform>%n Zertifizierungen erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message numerus="yes">
        <source>%n portfolio project(s)</source>
        <translation>
            <numerusform>%n Portfolio-Projekt</numerusform>
            <numerusform>%n Portfolio-Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>%1 and %2 for your resume</source>
        <translation>%1 und %2 für Ihren Lebenslauf</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n Stelle</numerusform>
            <numerusform>%n Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n education entry(s)</source>
        <translation>
            <numerusform>%n Ausbildungseintrag</numerusform>
            <numerusform>%n Ausbildungseinträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Every skill is at its target. Raise a target on the Skills page to plan what comes next.</source>
        <translation>Jede Fähigkeit hat ihr Ziel erreicht. Erhöhen Sie auf der Seite „Fähigkeiten“ ein Ziel, um die nächsten Schritte zu planen.</translation>
    </message>
    <message>
        <source>%1. %2
%3</source>
        <translation>%1. %2
%3</translation>
    </message>
    <message>
        <source>Double-click to open %1 on the Skills page.</source>
        <translation>Doppelklicken Sie, um %1 auf der Seite „Fähigkeiten“ zu öffnen.</translation>
    </message>
    <message>
        <source>The roadmap could not be read: %1</source>
        <translation>Die Roadmap konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Everything here stays in one file on this computer. Pick an area to work on, or use %1 to %2 to move between pages.</source>
        <translation>Alles hier bleibt in einer Datei auf diesem Computer. Wählen Sie einen Bereich aus oder wechseln Sie mit %1 bis %2 zwischen den Seiten.</translation>
    </message>
    <message>
        <source>%1 in %2, %3</source>
        <translation>%1 in %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n Fähigkeit</numerusform>
            <numerusform>%n Fähigkeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n study session(s) logged</source>
        <translation>
            <numerusform>%n Lerneinheit erfasst</numerusform>
            <numerusform>%n Lerneinheiten erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message numerus="yes">
        <source>%n interview session(s)</source>
        <translation>
            <numerusform>%n Interview</numerusform>
            <numerusform>%n Interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message>
        <source>What to learn next</source>
        <translation>Als Nächstes lernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interview topics due today&lt;/b&gt;</source>
        <translation>&lt;b&gt;Heute fällige Interviewthemen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing to practise today.</source>
        <translation>Heute ist nichts zu üben.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more topic(s)</source>
        <translation>
            <numerusform>%1 und %n weiteres Thema</numerusform>
            <numerusform>%1 und %n weitere Themen</numerusform>
        </translation>
    </message>
    <message>
        <source>Practise on the Interviews page</source>
        <translation>Auf der Seite Interviews üben</translation>
    </message>
    <message>
        <source>Your roadmap has no skills yet. Add the skills you want to learn on the Skills page, each with a target level, and the next steps show here.</source>
        <translation>Ihre Roadmap hat noch keine Fähigkeiten. Fügen Sie auf der Seite „Fähigkeiten“ hinzu, was Sie lernen wollen, jeweils mit einer Zielstufe; dann erscheinen hier die nächsten Schritte.</translation>
    </message>
    <message>
        <source>The exams and renewals due could not be read: %1</source>
        <translation>Die anstehenden Prüfungen und Verlängerungen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Cannot Open Workbench</source>
        <translation>Workbench kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New Workbench</source>
        <translation>Neue Workbench</translation>
    </message>
    <message>
        <source>workbench</source>
        <translation>workbench</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the new workbench; to work in the existing file, use File &gt; Open.</source>
        <translation>%1 ist bereits vorhanden. Wählen Sie einen neuen Dateinamen für die neue Workbench; um in der vorhandenen Datei zu arbeiten, verwenden Sie Datei &gt; Öffnen.</translation>
    </message>
    <message>
        <source>Open Workbench</source>
        <translation>Workbench öffnen</translation>
    </message>
    <message>
        <source>%1 no longer exists. It was removed from the recent list.</source>
        <translation>%1 ist nicht mehr vorhanden. Die Datei wurde aus der Liste der zuletzt geöffneten Workbenches entfernt.</translation>
    </message>
    <message>
        <source>Save Workbench As</source>
        <translation>Workbench speichern unter</translation>
    </message>
    <message>
        <source>Save As Failed</source>
        <translation>Speichern unter fehlgeschlagen</translation>
    </message>
    <message>
        <source>The workbench was not saved as %1: %2 Your data is unchanged.</source>
        <translation>Die Workbench wurde nicht als %1 gespeichert: %2 Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Demo Workbench</source>
        <translation>Demo-Workbench</translation>
    </message>
    <message>
        <source>The demo workbench could not be written: %1</source>
        <translation>Die Demo-Workbench konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 already exists. A new workbench never replaces a file; choose a new name.</source>
        <translation>%1 ist bereits vorhanden. Eine neue Workbench ersetzt nie eine Datei; wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>New Workbench from Template</source>
        <translation>Neue Workbench aus Vorlage</translation>
    </message>
    <message>
        <source>Creating the workbench</source>
        <translation>Workbench wird erstellt</translation>
    </message>
    <message>
        <source>writing the roadmap</source>
        <translation>Roadmap wird geschrieben</translation>
    </message>
    <message>
        <source>Cancelled; nothing was created.</source>
        <translation>Abgebrochen; es wurde nichts erstellt.</translation>
    </message>
    <message>
        <source>Wait until &quot;%1&quot; has finished, or cancel it.</source>
        <translation>Warten Sie, bis „%1“ fertig ist, oder brechen Sie es ab.</translation>
    </message>
    <message>
        <source>Writing the demo workbench</source>
        <translation>Demo-Workbench wird geschrieben</translation>
    </message>
    <message>
        <source>Cancelled; no demo workbench was written.</source>
        <translation>Abgebrochen; es wurde keine Demo-Workbench geschrieben.</translation>
    </message>
    <message>
        <source>Career Workbench files (*.cwbench *.sqlite *.cwb);;All files (*)</source>
        <translation>Career-Workbench-Dateien (*.cwbench *.sqlite *.cwb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Practice Drill</source>
        <translation>Übungsrunde</translation>
    </message>
    <message>
        <source>How did you answer? &amp;Score (1-5):</source>
        <translation>Wie war Ihre Antwort? &amp;Bewertung (1-5):</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <source>&amp;Finish and Log</source>
        <translation>&amp;Beenden und eintragen</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
</context>
<context>
    <name>DrillPlan</name>
    <message>
        <source>Explain %1 as you would to an interviewer, with an example and its trade-offs.</source>
        <translation>Erklären Sie %1 wie in einem Interview, mit einem Beispiel und seinen Vor- und Nachteilen.</translation>
    </message>
</context>
<context>
    <name>EditCertificationCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditProjectCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EducationEditor</name>
    <message>
        <source>Education</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <source>&amp;Add education</source>
        <translation>Ausbildung hin&amp;zufügen</translation>
    </message>
    <message>
        <source>No education yet. Add degrees, diplomas and long courses.</source>
        <translation>Noch keine Ausbildung. Fügen Sie Abschlüsse, Diplome und längere Kurse hinzu.</translation>
    </message>
    <message>
        <source>e.g. Computer Science</source>
        <translation>z. B. Informatik</translation>
    </message>
    <message>
        <source>e.g. Bachelor, Master, Diploma</source>
        <translation>z. B. Bachelor, Master, Diplom</translation>
    </message>
    <message>
        <source>e.g. 3.8 GPA, First-class honours</source>
        <translation>z. B. Note 1,3, mit Auszeichnung</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>One course per line</source>
        <translation>Ein Kurs pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>E&amp;inrichtung:</translation>
    </message>
    <message>
        <source>&amp;Degree:</source>
        <translation>Abs&amp;chluss:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Webadresse:</translation>
    </message>
    <message>
        <source>E&amp;nded:</source>
        <translation>Beende&amp;t:</translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Education in the list: &quot;Degree Area, Institution&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Edit education at %1</source>
        <translation>Ausbildung bei %1 bearbeiten</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Neue Einrichtung</translation>
    </message>
    <message>
        <source>Add education</source>
        <translation>Ausbildung hinzufügen</translation>
    </message>
    <message>
        <source>Remove education at %1</source>
        <translation>Ausbildung bei %1 entfernen</translation>
    </message>
    <message>
        <source>Reorder education</source>
        <translation>Ausbildung umsortieren</translation>
    </message>
    <message>
        <source>Area of stud&amp;y:</source>
        <translation>&amp;Fachrichtung:</translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation>Begonne&amp;n:</translation>
    </message>
    <message>
        <source>Course&amp;s:</source>
        <translation>Kur&amp;se:</translation>
    </message>
</context>
<context>
    <name>EducationRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>EntryListEditor</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Drag to change the order the resume shows.</source>
        <translation>Ziehen, um die Reihenfolge im Lebenslauf zu ändern.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>EvidenceListWidget</name>
    <message>
        <source>Tick what shows this skill. A certification counts as evidence once it is earned.</source>
        <translation>Haken Sie an, was diese Fähigkeit belegt. Eine Zertifizierung zählt als Nachweis, sobald sie erworben ist.</translation>
    </message>
    <message>
        <source>earned</source>
        <translation>erworben</translation>
    </message>
    <message>
        <source>expired: not evidence</source>
        <translation>abgelaufen: kein Nachweis</translation>
    </message>
    <message>
        <source>not earned yet: not evidence</source>
        <translation>noch nicht erworben: kein Nachweis</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>Interview topics</source>
        <translation>Interview-Themen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (now linked to %2)</source>
        <translation>%1 (derzeit mit %2 verknüpft)</translation>
    </message>
    <message>
        <source>An interview topic belongs to one skill: ticking it here moves it from %1.</source>
        <translation>Ein Interview-Thema gehört zu genau einer Fähigkeit: Wenn Sie es hier anhaken, wird es von %1 hierher verschoben.</translation>
    </message>
    <message>
        <source>No projects yet: add them on the Projects page.</source>
        <translation>Noch keine Projekte: Fügen Sie sie auf der Seite „Projekte“ hinzu.</translation>
    </message>
    <message>
        <source>No certifications yet: add them on the Certifications page.</source>
        <translation>Noch keine Zertifizierungen: Fügen Sie sie auf der Seite „Zertifizierungen“ hinzu.</translation>
    </message>
    <message>
        <source>No interview topics yet: add them on the Interviews page.</source>
        <translation>Noch keine Interview-Themen: Fügen Sie sie auf der Seite „Interviews“ hinzu.</translation>
    </message>
</context>
<context>
    <name>ExportBackupCommand</name>
    <message>
        <source>Write the whole workbench as one JSON backup FILE, to move it to another machine or version (restore it with --import-backup).</source>
        <translation>Die ganze Workbench als eine JSON-SicherungsDATEI schreiben, um sie auf einen anderen Rechner oder in eine andere Version zu bringen (wiederherstellen mit --import-backup).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>--export-backup needs the name of the file to write.</source>
        <translation>--export-backup braucht den Namen der zu schreibenden Datei.</translation>
    </message>
</context>
<context>
    <name>ExportCsvCommand</name>
    <message>
        <source>Write the workbench&apos;s interview sessions to a CSV file.</source>
        <translation>Die Interviewsitzungen der Workbench in eine CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>AUS.csv</translation>
    </message>
    <message>
        <source>--export-csv needs the name of the file to write.</source>
        <translation>--export-csv braucht den Namen der zu schreibenden Datei.</translation>
    </message>
    <message>
        <source>Exported %1 interview sessions to %2.</source>
        <translation>%1 Interviewsitzungen nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>ExportIcsCommand</name>
    <message>
        <source>Write exam dates, expiries, renewals and interview dates to an iCalendar FILE (Google Calendar, Outlook and Thunderbird import it; a re-import updates the events).</source>
        <translation>Schreibt Prüfungstermine, Abläufe, Erneuerungen und Termine von Vorstellungsgesprächen in eine iCalendar-DATEI (Google Kalender, Outlook und Thunderbird importieren sie; ein erneuter Import aktualisiert die Termine).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
</context>
<context>
    <name>ExportJsonResumeCommand</name>
    <message>
        <source>Write the profile, work, education, skills, projects, certificates and languages as a JSON Resume FILE (schema 1.2.1, read by resume builders and the JSON Resume themes).</source>
        <translation>Profil, Berufserfahrung, Ausbildung, Fähigkeiten, Projekte, Zertifikate und Sprachen als JSON-Resume-DATEI schreiben (Schema 1.2.1, von Lebenslauf-Editoren und den JSON-Resume-Themes gelesen).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>--export-json-resume needs the name of the file to write.</source>
        <translation>--export-json-resume braucht den Namen der zu schreibenden Datei.</translation>
    </message>
</context>
<context>
    <name>ExportReportCommand</name>
    <message>
        <source>Export the report chosen by --report as a PDF to FILE and exit.</source>
        <translation>Den mit --report gewählten Bericht als PDF in DATEI exportieren und beenden.</translation>
    </message>
    <message>
        <source>Export the report chosen by --report as an HTML page to FILE and exit.</source>
        <translation>Den mit --report gewählten Bericht als HTML-Seite in DATEI exportieren und beenden.</translation>
    </message>
    <message>
        <source>Export the report chosen by --report as Markdown to FILE and exit.</source>
        <translation>Den mit --report gewählten Bericht als Markdown in DATEI exportieren und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The report to export: portfolio or resume.</source>
        <translation>Der zu exportierende Bericht: portfolio oder resume.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Page size of a PDF export: A4 or Letter (default: from the locale).</source>
        <translation>Seitengröße eines PDF-Exports: A4 oder Letter (Standard: nach Gebietsschema).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>Target role as comma-separated tags; matching content comes first.</source>
        <translation>Zielrolle als durch Kommas getrennte Schlagwörter; Passendes steht vorn.</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>SCHLAGWÖRTER</translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation>--%1 braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--%1 needs --report portfolio or --report resume.</source>
        <translation>--%1 braucht --report portfolio oder --report resume.</translation>
    </message>
    <message>
        <source>--report must be portfolio or resume, not &quot;%1&quot;.</source>
        <translation>--report muss portfolio oder resume sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &quot;%1&quot;.</source>
        <translation>--page-size muss A4 oder Letter sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 needs --database FILE.</source>
        <translation>--%1 braucht --database DATEI.</translation>
    </message>
</context>
<context>
    <name>HoursText</name>
    <message>
        <source>%1 h</source>
        <extracomment>a number of hours, e.g. &quot;12.5 h&quot;</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <extracomment>a number of hours with a fraction, e.g. &quot;1.5 hours&quot;</extracomment>
        <translation>%1 Stunden</translation>
    </message>
    <message numerus="yes">
        <source>%1 hour(s)</source>
        <extracomment>a whole number of hours, e.g. &quot;1 hour&quot;, &quot;12 hours&quot; (%1 is the number)</extracomment>
        <translation>
            <numerusform>%1 Stunde</numerusform>
            <numerusform>%1 Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>a number of minutes, e.g. &quot;45 min&quot; (%1 is the number)</extracomment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>the unit after the number in a spin box for hours</extracomment>
        <translation> h</translation>
    </message>
</context>
<context>
    <name>ImpactLine</name>
    <message>
        <source>%1%</source>
        <comment>percent change</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <comment>metric name, baseline, achieved</comment>
        <translation>%1 von %2 auf %3</translation>
    </message>
</context>
<context>
    <name>ImportBackupCommand</name>
    <message>
        <source>Restore a JSON backup FILE into the new workbench named by --into (never over an existing file).</source>
        <translation>Eine JSON-SicherungsDATEI in die mit --into benannte neue Workbench wiederherstellen (nie über eine vorhandene Datei).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>With --import-backup: the new workbench FILE to create (it must not exist).</source>
        <translation>Mit --import-backup: die neu anzulegende Workbench-DATEI (sie darf nicht existieren).</translation>
    </message>
    <message>
        <source>--import-backup needs the name of the backup to read.</source>
        <translation>--import-backup braucht den Namen der zu lesenden Sicherung.</translation>
    </message>
    <message>
        <source>--import-backup needs --into NEW-FILE: a backup is restored into a new workbench.</source>
        <translation>--import-backup braucht --into NEUE-DATEI: eine Sicherung wird in eine neue Workbench wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup is only restored into a new file; choose another name.</source>
        <translation>%1 existiert bereits. Eine Sicherung wird nur in eine neue Datei wiederhergestellt; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Restored %1 rows in %2 tables from %3 into %4.</source>
        <translation>%1 Zeilen in %2 Tabellen aus %3 in %4 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>ImportCsvCommand</name>
    <message>
        <source>Import interview sessions from a CSV file, all or nothing; a session with the same date, company, role and format is updated in place.</source>
        <translation>Interviewsitzungen aus einer CSV-Datei importieren, ganz oder gar nicht; eine Sitzung mit demselben Datum, Unternehmen, derselben Rolle und demselben Format wird aktualisiert.</translation>
    </message>
    <message>
        <source>IN.csv</source>
        <translation>EIN.csv</translation>
    </message>
    <message>
        <source>--import-csv needs the name of the file to read.</source>
        <translation>--import-csv braucht den Namen der zu lesenden Datei.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported %1 interview sessions from %2: %3 new, %4 updated in place.</source>
        <translation>%1 Interviewsitzungen aus %2 importiert: %3 neu, %4 aktualisiert.</translation>
    </message>
</context>
<context>
    <name>ImportJsonResumeCommand</name>
    <message>
        <source>Merge a JSON Resume FILE into the workbench, all or nothing: entries it already has are updated, not duplicated; fields the workbench does not keep are listed.</source>
        <translation>Eine JSON-Resume-DATEI in die Workbench übernehmen, ganz oder gar nicht: vorhandene Einträge werden aktualisiert, nicht verdoppelt; Felder, die die Workbench nicht speichert, werden aufgelistet.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>--import-json-resume needs the name of the file to read.</source>
        <translation>--import-json-resume braucht den Namen der zu lesenden Datei.</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged, %5 kept as they were.</source>
        <translation>%1 importiert: %2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 unberührt gelassen.</translation>
    </message>
</context>
<context>
    <name>InterchangeController</name>
    <message>
        <source>&amp;JSON Resume...</source>
        <translation>&amp;JSON Resume...</translation>
    </message>
    <message>
        <source>&amp;Backup into a New Workbench...</source>
        <translation>&amp;Sicherung in eine neue Workbench...</translation>
    </message>
    <message>
        <source>&amp;Backup...</source>
        <translation>&amp;Sicherung...</translation>
    </message>
    <message>
        <source>&amp;Calendar (iCalendar)...</source>
        <translation>&amp;Kalender (iCalendar)...</translation>
    </message>
    <message>
        <source>Other work is still running. Wait for it to finish, or cancel it in the status bar.</source>
        <translation>Eine andere Arbeit läuft noch. Warten Sie, bis sie fertig ist, oder brechen Sie sie in der Statusleiste ab.</translation>
    </message>
    <message>
        <source>Export JSON Resume</source>
        <translation>JSON Resume exportieren</translation>
    </message>
    <message>
        <source>JSON Resume (*.json)</source>
        <translation>JSON Resume (*.json)</translation>
    </message>
    <message>
        <source>Exporting the JSON Resume</source>
        <translation>Exportiere das JSON Resume</translation>
    </message>
    <message>
        <source>Import JSON Resume</source>
        <translation>JSON Resume importieren</translation>
    </message>
    <message>
        <source>JSON Resume (*.json);;All files (*)</source>
        <translation>JSON Resume (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import %1?</source>
        <translation>%1 importieren?</translation>
    </message>
    <message>
        <source>Importing the JSON Resume</source>
        <translation>Importiere das JSON Resume</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Export Backup</source>
        <translation>Sicherung exportieren</translation>
    </message>
    <message>
        <source>Career Workbench backup (*.json)</source>
        <translation>Career-Workbench-Sicherung (*.json)</translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation>Schreibe die Sicherung</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar</source>
        <translation>Schreibe den Kalender</translation>
    </message>
    <message>
        <source>Import Backup</source>
        <translation>Sicherung importieren</translation>
    </message>
    <message>
        <source>Career Workbench backup (*.json);;All files (*)</source>
        <translation>Career-Workbench-Sicherung (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Workbench for the Backup</source>
        <translation>Neue Workbench für die Sicherung</translation>
    </message>
    <message>
        <source>%1 already exists. A backup is only restored into a new file; choose another name.</source>
        <translation>%1 existiert bereits. Eine Sicherung wird nur in eine neue Datei wiederhergestellt; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Stelle die Sicherung wieder her</translation>
    </message>
</context>
<context>
    <name>InterviewCharts</name>
    <message>
        <source>Format shown in the score chart</source>
        <translation>Im Bewertungsdiagramm gezeigtes Format</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Alle Formate</translation>
    </message>
    <message>
        <source>Score over time, all formats</source>
        <translation>Bewertung im Zeitverlauf, alle Formate</translation>
    </message>
    <message>
        <source>Score over time: %1</source>
        <translation>Bewertung im Zeitverlauf: %1</translation>
    </message>
    <message>
        <source>Session score</source>
        <translation>Bewertung des Interviews</translation>
    </message>
    <message>
        <source>Moving average of %1</source>
        <translation>Gleitender Durchschnitt über %1</translation>
    </message>
    <message>
        <source>Sessions per week, by format</source>
        <translation>Interviews pro Woche, nach Format</translation>
    </message>
    <message>
        <source>Strength per topic (weakest %1)</source>
        <translation>Stärke je Thema (die %1 schwächsten)</translation>
    </message>
    <message>
        <source>Average of the last scores</source>
        <translation>Durchschnitt der letzten Bewertungen</translation>
    </message>
    <message>
        <source>Readiness per format: recent average against the target %1</source>
        <translation>Bereitschaft je Format: aktueller Schnitt gegen Ziel %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>Gezeigtes Diagramm</translation>
    </message>
    <message>
        <source>Score over time</source>
        <translation>Bewertung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Interviews pro Woche</translation>
    </message>
    <message>
        <source>Strength per topic</source>
        <translation>Stärke je Thema</translation>
    </message>
    <message>
        <source>Readiness per format</source>
        <translation>Bereitschaft je Format</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Average of the last %1 scores</source>
        <translation>Durchschnitt der letzten %1 Bewertungen</translation>
    </message>
    <message>
        <source>Average of the last %1 sessions</source>
        <translation>Durchschnitt der letzten %1 Interviews</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Char&amp;t:</source>
        <translation>Dia&amp;gramm:</translation>
    </message>
</context>
<context>
    <name>InterviewCsv</name>
    <message>
        <source>The column &quot;%1&quot; is not known and was ignored.</source>
        <translation>Die Spalte „%1“ ist unbekannt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice.</source>
        <translation>die Spalte „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column.</source>
        <translation>die Kopfzeile hat keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>the file has a header but no sessions.</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Sitzungen.</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2.</source>
        <translation>erwartet wurden %1 Felder wie in der Kopfzeile, gefunden %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM).</source>
        <translation>„%1“ ist kein ISO-8601-Datum (JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM).</translation>
    </message>
    <message>
        <source>the kind must be &quot;mock&quot; or &quot;real&quot;, not &quot;%1&quot;.</source>
        <translation>die Art muss „mock“ oder „real“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>ran_by must be &quot;self&quot;, &quot;peer&quot;, &quot;platform&quot; or empty, not &quot;%1&quot;.</source>
        <translation>ran_by muss „self“, „peer“, „platform“ oder leer sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of minutes.</source>
        <translation>„%1“ ist keine ganze Zahl von Minuten.</translation>
    </message>
    <message>
        <source>the self score must be a number from 1 to 5, not &quot;%1&quot;.</source>
        <translation>die Selbstbewertung muss eine Zahl von 1 bis 5 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>the interviewer score must be a number from 1 to 5 or empty, not &quot;%1&quot;.</source>
        <translation>die Bewertung des Interviewers muss eine Zahl von 1 bis 5 oder leer sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>the score of topic &quot;%1&quot; must be a number from 1 to 5.</source>
        <translation>die Bewertung des Themas „%1“ muss eine Zahl von 1 bis 5 sein.</translation>
    </message>
</context>
<context>
    <name>InterviewCsvImport</name>
    <message>
        <source>The import cannot start a transaction.</source>
        <translation>Der Import kann keine Transaktion beginnen.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The import could not be saved.</source>
        <translation>Der Import konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line 1, column 1: the file is too large to import.</source>
        <translation>Zeile 1, Spalte 1: die Datei ist zu groß für den Import.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>InterviewFilterBar</name>
    <message>
        <source>Search company, role, topics, notes</source>
        <translation>Unternehmen, Rolle, Themen, Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Interviews durchsuchen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Mock and real</source>
        <translation>Übung und echt</translation>
    </message>
    <message>
        <source>Mock only</source>
        <translation>Nur Übungen</translation>
    </message>
    <message>
        <source>Real only</source>
        <translation>Nur echte</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Alle Formate</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>InterviewFormat</name>
    <message>
        <source>Coding</source>
        <translation>Programmieren</translation>
    </message>
    <message>
        <source>ML system design</source>
        <translation>ML-Systemdesign</translation>
    </message>
    <message>
        <source>ML theory</source>
        <translation>ML-Theorie</translation>
    </message>
    <message>
        <source>Deep learning</source>
        <translation>Deep Learning</translation>
    </message>
    <message>
        <source>Statistics and probability</source>
        <translation>Statistik und Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Responsible AI</source>
        <translation>Verantwortungsvolle KI</translation>
    </message>
    <message>
        <source>Take-home</source>
        <translation>Hausaufgabe</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Vorgespräch</translation>
    </message>
    <message>
        <source>Technical (general)</source>
        <translation>Technisch (allgemein)</translation>
    </message>
</context>
<context>
    <name>InterviewSessionValidator</name>
    <message>
        <source>A topic has no name.</source>
        <translation>Ein Thema hat keinen Namen.</translation>
    </message>
    <message>
        <source>A topic name starts or ends with a space.</source>
        <translation>Ein Themenname beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>A topic name is longer than %1 characters.</source>
        <translation>Ein Themenname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>A topic name cannot contain a semicolon, a colon or a line break.</source>
        <translation>Ein Themenname darf kein Semikolon, keinen Doppelpunkt und keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation>Geben Sie das Datum der Sitzung ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known format.</source>
        <translation>„%1“ ist kein bekanntes Format.</translation>
    </message>
    <message>
        <source>Only a mock interview has someone who ran it.</source>
        <translation>Nur ein Übungsinterview hat jemanden, der es geführt hat.</translation>
    </message>
    <message>
        <source>A real interview needs the company.</source>
        <translation>Ein echtes Interview braucht das Unternehmen.</translation>
    </message>
    <message>
        <source>The duration must be between 0 and %1 minutes.</source>
        <translation>Die Dauer muss zwischen 0 und %1 Minuten liegen.</translation>
    </message>
    <message>
        <source>The self score must be between 1 and 5.</source>
        <translation>Die Selbstbewertung muss zwischen 1 und 5 liegen.</translation>
    </message>
    <message>
        <source>The interviewer score must be between 1 and 5, or empty.</source>
        <translation>Die Bewertung des Interviewers muss zwischen 1 und 5 liegen oder leer sein.</translation>
    </message>
    <message>
        <source>A session can have at most %1 topics.</source>
        <translation>Eine Sitzung kann höchstens %1 Themen haben.</translation>
    </message>
    <message>
        <source>The score of &quot;%1&quot; must be between 1 and 5.</source>
        <translation>Die Bewertung von „%1“ muss zwischen 1 und 5 liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>„%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>This is longer than 1,000 characters.</source>
        <translation>Das ist länger als 1.000 Zeichen.</translation>
    </message>
</context>
<context>
    <name>InterviewSessionsModel</name>
    <message>
        <source>Real</source>
        <translation>Echt</translation>
    </message>
    <message>
        <source>Mock</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mock (%1)</source>
        <translation>Übung (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
</context>
<context>
    <name>InterviewSettingsPanel</name>
    <message>
        <source>&amp;Target score (1-5):</source>
        <translation>&amp;Zielbewertung (1-5):</translation>
    </message>
    <message>
        <source>A format counts as ready when the average of its last %1 sessions reaches this score (the interviewer&apos;s score where there is one, else your own).</source>
        <translation>Ein Format gilt als bereit, wenn der Durchschnitt seiner letzten %1 Interviews diese Bewertung erreicht (die des Interviewers, wo es eine gibt, sonst Ihre eigene).</translation>
    </message>
    <message>
        <source>The interview target score could not be saved: %1</source>
        <translation>Die Zielbewertung für Interviews konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>The target score cannot be read: %1</source>
        <translation>Der Zielwert kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>InterviewStore</name>
    <message>
        <source>The interview session could not be saved</source>
        <translation>Das Interview konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The interview session could not be deleted</source>
        <translation>Das Interview konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The interview session cannot be read: %1</source>
        <translation>Das Interview kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The format could not be added</source>
        <translation>Das Format konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>the name needs at least one letter or digit</source>
        <translation>der Name braucht mindestens einen Buchstaben oder eine Ziffer</translation>
    </message>
    <message>
        <source>The format could not be removed</source>
        <translation>Das Format konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>The application could not be saved</source>
        <translation>Die Bewerbung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The application could not be deleted</source>
        <translation>Die Bewerbung konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The application could not be moved</source>
        <translation>Die Bewerbung konnte nicht verschoben werden</translation>
    </message>
    <message>
        <source>The application could not be moved back</source>
        <translation>Die Bewerbung konnte nicht zurückverschoben werden</translation>
    </message>
    <message>
        <source>The application cannot be read: %1</source>
        <translation>Die Bewerbung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The question bank cannot be read: %1</source>
        <translation>Die Fragensammlung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The questions could not be added to the bank</source>
        <translation>Die Fragen konnten nicht in die Fragensammlung übernommen werden</translation>
    </message>
    <message>
        <source>The question bank could not be restored</source>
        <translation>Die Fragensammlung konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The question could not be saved</source>
        <translation>Die Frage konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The question could not be deleted</source>
        <translation>Die Frage konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The application could not be restored</source>
        <translation>Die Bewerbung konnte nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <source>Log mock and real interviews, see whether you improve, and practise the topics that are due or weakest.</source>
        <translation>Tragen Sie Übungs- und echte Interviews ein, sehen Sie, ob Sie besser werden, und üben Sie die fälligen oder schwächsten Themen.</translation>
    </message>
    <message>
        <source>&amp;Log Session...</source>
        <translation>Interview ein&amp;tragen...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Questions to &amp;Bank</source>
        <translation>Fragen in die &amp;Sammlung</translation>
    </message>
    <message>
        <source>Put the selected session&apos;s questions into the question bank</source>
        <translation>Die Fragen des gewählten Interviews in die Fragensammlung übernehmen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Practice Next</source>
        <translation>Als Nächstes üben</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Log Session...</source>
        <translation>Interview eintragen...</translation>
    </message>
    <message>
        <source>No interviews yet. Log a mock or real interview with &lt;b&gt;Log Session...&lt;/b&gt;: its topics and scores decide what to practise next.</source>
        <translation>Noch keine Interviews. Tragen Sie ein Übungs- oder echtes Interview mit &lt;b&gt;Interview eintragen...&lt;/b&gt; ein: seine Themen und Bewertungen bestimmen, was Sie als Nächstes üben.</translation>
    </message>
    <message>
        <source>Interview sessions</source>
        <translation>Interviews</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Interview</numerusform>
            <numerusform>%n Interviews</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sessions shown</source>
        <translation>%1 von %2 Interviews angezeigt</translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation>Interview eintragen</translation>
    </message>
    <message>
        <source>Logged the session. Topics due and charts are updated.</source>
        <translation>Interview eingetragen. Fällige Themen und Diagramme sind aktualisiert.</translation>
    </message>
    <message>
        <source>Edit the session of %1</source>
        <translation>Interview vom %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Interview löschen</translation>
    </message>
    <message>
        <source>Delete the %1 session of %2?</source>
        <translation>Das Interview (%1) vom %2 löschen?</translation>
    </message>
    <message>
        <source>Deleted the session of %1. Edit &gt; Undo brings it back.</source>
        <translation>Interview vom %1 gelöscht. Bearbeiten &gt; Rückgängig holt es zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s) in the bank; the others counted as asked again.</source>
        <translation>
            <numerusform>%n neue Frage in der Sammlung; die anderen zählen als erneut gestellt.</numerusform>
            <numerusform>%n neue Fragen in der Sammlung; die anderen zählen als erneut gestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practice Drill</source>
        <translation>Übungsrunde</translation>
    </message>
    <message>
        <source>Log a practice drill</source>
        <translation>Übungsrunde eintragen</translation>
    </message>
    <message>
        <source>Logged the drill as a self-practice session.</source>
        <translation>Die Übungsrunde ist als Selbstübung eingetragen.</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>B&amp;earbeiten...</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>CSV e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Question Bank</source>
        <translation>Fragensammlung</translation>
    </message>
    <message>
        <source>Import Interview Sessions</source>
        <translation>Interviews importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n interview session(s).</source>
        <translation>
            <numerusform>%n Interview importiert.</numerusform>
            <numerusform>%n Interviews importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Interview Sessions</source>
        <translation>Interviews exportieren</translation>
    </message>
    <message>
        <source>interview-sessions.csv</source>
        <translation>interviews.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The sessions could not be exported: %1</source>
        <translation>Die Interviews konnten nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n interview session(s) to %1.</source>
        <translation>
            <numerusform>%n Interview nach %1 exportiert.</numerusform>
            <numerusform>%n Interviews nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;CSV...</source>
        <translation>CSV &amp;importieren...</translation>
    </message>
    <message>
        <source>No topic fits the drill options. Log a session with scored topics, or choose other topics or another format.</source>
        <translation>Kein Thema passt zu den Optionen der Übungsrunde. Tragen Sie ein Interview mit bewerteten Themen ein oder wählen Sie andere Themen oder ein anderes Format.</translation>
    </message>
    <message>
        <source>The formats, applications and topics the editor offers cannot be read: %1</source>
        <translation>Die Formate, Bewerbungen und Themen, die der Editor anbietet, können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your target score cannot be read: %1</source>
        <translation>Ihr Zielwert kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>JobMatchModel</name>
    <message>
        <source>Proven</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Behauptet</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>You have this skill and evidence that shows it.</source>
        <translation>Sie haben diese Fähigkeit und Nachweise, die sie zeigen.</translation>
    </message>
    <message>
        <source>You have a level in this skill but nothing that shows it yet: link a project, an earned certification or interview practice.</source>
        <translation>Sie haben eine Stufe in dieser Fähigkeit, aber noch nichts, das sie zeigt: Verknüpfen Sie ein Projekt, eine erworbene Zertifizierung oder Interviewübung.</translation>
    </message>
    <message>
        <source>On your roadmap, not started yet.</source>
        <translation>Auf Ihrer Roadmap, noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Not on your roadmap.</source>
        <translation>Nicht auf Ihrer Roadmap.</translation>
    </message>
    <message>
        <source>(not on the roadmap)</source>
        <translation>(nicht auf der Roadmap)</translation>
    </message>
    <message>
        <source>%1 (level %2 of %3)</source>
        <extracomment>%1 skill, %2 current level, %3 target level</extracomment>
        <translation>%1 (Stufe %2 von %3)</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roadmap skill</source>
        <translation>Fähigkeit der Roadmap</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
</context>
<context>
    <name>JobMatchPage</name>
    <message>
        <source>Paste a job posting or load a JSON job file: each requirement shows as proven, claimed or missing on your roadmap, with the evidence behind it.</source>
        <translation>Fügen Sie eine Stellenanzeige ein oder laden Sie eine JSON-Job-Datei: Jede Anforderung erscheint als belegt, behauptet oder fehlend auf Ihrer Roadmap, mit den Nachweisen dahinter.</translation>
    </message>
    <message>
        <source>&amp;New Posting</source>
        <translation>&amp;Neue Anzeige</translation>
    </message>
    <message>
        <source>&amp;Load Job File...</source>
        <translation>Job-Datei &amp;laden...</translation>
    </message>
    <message>
        <source>&amp;Delete Posting</source>
        <translation>Anzeige lö&amp;schen</translation>
    </message>
    <message>
        <source>Job postings</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <source>Kept the posting %1.</source>
        <translation>Die Anzeige %1 wurde behalten.</translation>
    </message>
    <message>
        <source>Load Job File</source>
        <translation>Job-Datei laden</translation>
    </message>
    <message>
        <source>JSON job files (*.json);;All files (*)</source>
        <translation>JSON-Job-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB: that is not a job posting.</source>
        <translation>%1 ist größer als 4 MB: Das ist keine Stellenanzeige.</translation>
    </message>
    <message>
        <source>%1 was not loaded, nothing was saved: %2</source>
        <translation>%1 wurde nicht geladen, nichts wurde gespeichert: %2</translation>
    </message>
    <message>
        <source>Loaded the posting %1.</source>
        <translation>Die Anzeige %1 wurde geladen.</translation>
    </message>
    <message>
        <source>Deleted the posting %1 (Undo brings it back).</source>
        <translation>Die Anzeige %1 wurde gelöscht (Rückgängig holt sie zurück).</translation>
    </message>
    <message>
        <source>The Resume already targets this posting: %1</source>
        <translation>Der Lebenslauf zielt bereits auf diese Anzeige: %1</translation>
    </message>
    <message>
        <source>Tailor Resume to %1</source>
        <translation>Lebenslauf an %1 anpassen</translation>
    </message>
    <message>
        <source>The Resume (Reports page) now targets: %1</source>
        <translation>Der Lebenslauf (Seite Berichte) zielt jetzt auf: %1</translation>
    </message>
    <message>
        <source>From job postings</source>
        <translation>Aus Stellenanzeigen</translation>
    </message>
    <message>
        <source>Asked for by the job posting &quot;%1&quot;.</source>
        <translation>Gefordert von der Stellenanzeige „%1“.</translation>
    </message>
    <message>
        <source>Nothing to add: every requirement is on your roadmap with a target above your level.</source>
        <translation>Nichts hinzuzufügen: Jede Anforderung steht auf Ihrer Roadmap, mit einem Ziel über Ihrer Stufe.</translation>
    </message>
    <message>
        <source>Roadmap: %1, %2. They are in the learn-next ranking now.</source>
        <extracomment>%1 is &quot;N new skills&quot;, %2 &quot;N skills raised&quot;</extracomment>
        <translation>Roadmap: %1, %2. Sie stehen jetzt in der Rangfolge „Als Nächstes lernen“.</translation>
    </message>
    <message numerus="yes">
        <source>%n new skill(s)</source>
        <translation>
            <numerusform>%n neue Fähigkeit</numerusform>
            <numerusform>%n neue Fähigkeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) raised</source>
        <translation>
            <numerusform>%n Fähigkeit angehoben</numerusform>
            <numerusform>%n Fähigkeiten angehoben</numerusform>
        </translation>
    </message>
    <message>
        <source>Job Match</source>
        <translation>Stellenabgleich</translation>
    </message>
    <message>
        <source>Matching the job postings</source>
        <translation>Die Stellenanzeigen werden abgeglichen</translation>
    </message>
</context>
<context>
    <name>JobMatcher</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A job file is one JSON object with a title, a description and skills.</source>
        <translation>Eine Stellendatei ist ein JSON-Objekt mit Titel, Beschreibung und Fähigkeiten.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Certification: %1</source>
        <translation>Zertifizierung: %1</translation>
    </message>
    <message>
        <source>Interview practice: %1</source>
        <translation>Interviewübung: %1</translation>
    </message>
</context>
<context>
    <name>JobPostingRepository</name>
    <message>
        <source>the posting no longer exists</source>
        <translation>die Anzeige existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>JobPostingValidator</name>
    <message>
        <source>Give the posting a title.</source>
        <translation>Geben Sie der Anzeige einen Titel.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>Der Titel ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The company is longer than %1 characters.</source>
        <translation>Das Unternehmen ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The posting has no text.</source>
        <translation>Die Anzeige hat keinen Text.</translation>
    </message>
    <message>
        <source>The posting is larger than 4 MB: that is not a job posting.</source>
        <translation>Die Anzeige ist größer als 4 MB: Das ist keine Stellenanzeige.</translation>
    </message>
</context>
<context>
    <name>JobPostingsModel</name>
    <message>
        <source>Posting</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job postings cannot be read: %1</source>
        <translation>Die Stellenanzeigen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The applications cannot be read: %1</source>
        <translation>Die Bewerbungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The roadmap cannot be read: %1</source>
        <translation>Die Roadmap kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The posting could not be saved</source>
        <translation>Die Anzeige konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The posting could not be deleted</source>
        <translation>Die Anzeige konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The target role could not be saved</source>
        <translation>Die Zielrolle konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The roadmap could not be changed</source>
        <translation>Die Roadmap konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>The roadmap could not be changed back</source>
        <translation>Die Roadmap konnte nicht zurückgeändert werden</translation>
    </message>
    <message>
        <source>The Reports page&apos;s choices cannot be read: %1</source>
        <translation>Die Auswahl der Seite Berichte kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>JsonPullReader</name>
    <message>
        <source>the text is not closed (a &quot; is missing)</source>
        <translation>der Text ist nicht geschlossen (ein &quot; fehlt)</translation>
    </message>
    <message>
        <source>a control character inside a text</source>
        <translation>ein Steuerzeichen in einem Text</translation>
    </message>
    <message>
        <source>a text is longer than %1 MB</source>
        <translation>ein Text ist länger als %1 MB</translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation>\u braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>an unknown escape in a text</source>
        <translation>eine unbekannte Escape-Sequenz in einem Text</translation>
    </message>
    <message>
        <source>a number is too long</source>
        <translation>eine Zahl ist zu lang</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>an unknown word (only true, false and null are allowed)</source>
        <translation>ein unbekanntes Wort (nur true, false und null sind erlaubt)</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation>die Datei endet zu früh</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>ein Wert wurde erwartet</translation>
    </message>
    <message>
        <source>there is more after the end of the document</source>
        <translation>nach dem Ende des Dokuments folgt noch etwas</translation>
    </message>
    <message>
        <source>a name in quotes was expected</source>
        <translation>ein Name in Anführungszeichen wurde erwartet</translation>
    </message>
    <message>
        <source>a &apos;:&apos; was expected</source>
        <translation>ein &apos;:&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>a &apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>ein &apos;,&apos; oder &apos;}&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>a &apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>ein &apos;,&apos; oder &apos;]&apos; wurde erwartet</translation>
    </message>
</context>
<context>
    <name>JsonResume</name>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>Liste von Texten erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>a profile needs the name of its network</source>
        <translation>ein Profil braucht den Namen seines Netzwerks</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>a resume is a JSON object</source>
        <translation>ein Lebenslauf ist ein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>JsonResumeExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonResumeImport</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not a resume.</source>
        <translation>%1 ist größer als %2 MB: kein Lebenslauf.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>The workbench cannot be written: %1</source>
        <translation>Die Workbench kann nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s).</source>
        <translation>
            <numerusform>... und %n weiteres Problem.</numerusform>
            <numerusform>... und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Nichts wurde importiert:
%1</translation>
    </message>
    <message>
        <source>the employer&apos;s name is missing</source>
        <translation>der Name des Arbeitgebers fehlt</translation>
    </message>
    <message>
        <source>the job cannot end before it started</source>
        <translation>die Stelle kann nicht enden, bevor sie begonnen hat</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the institution&apos;s name is missing</source>
        <translation>der Name der Einrichtung fehlt</translation>
    </message>
    <message>
        <source>it cannot end before it started</source>
        <translation>es kann nicht enden, bevor es begonnen hat</translation>
    </message>
    <message>
        <source>the language&apos;s name is missing</source>
        <translation>der Name der Sprache fehlt</translation>
    </message>
    <message>
        <source>From your resume</source>
        <translation>Aus Ihrem Lebenslauf</translation>
    </message>
    <message>
        <source>the skill&apos;s name is missing</source>
        <translation>der Name der Fähigkeit fehlt</translation>
    </message>
    <message>
        <source>skills[%1].level: &quot;%2&quot; is not a level the workbench knows; the level is kept as it is and the words are kept for the resume.</source>
        <translation>skills[%1].level: „%2“ ist keine Stufe, die die Workbench kennt; die Stufe bleibt, wie sie ist, und der Wortlaut wird für den Lebenslauf aufbewahrt.</translation>
    </message>
    <message>
        <source>%1.url: &quot;%2&quot; is kept as https://%2</source>
        <translation>%1.url: „%2“ wird als https://%2 gespeichert</translation>
    </message>
</context>
<context>
    <name>JsonResumePreviewDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation>Profil-Link</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Import JSON Resume</source>
        <translation>JSON Resume importieren</translation>
    </message>
    <message>
        <source>Importing %1 adds %2, updates %3 and leaves %4 unchanged. %5 entries of your workbench that the file does not mention are kept as they are.</source>
        <translation>Der Import von %1 fügt %2 hinzu, aktualisiert %3 und lässt %4 unverändert. %5 Einträge Ihrer Workbench, die die Datei nicht erwähnt, bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>What the import changes</source>
        <translation>Was der Import ändert</translation>
    </message>
    <message>
        <source>Not imported, or adjusted:</source>
        <translation>Nicht importiert oder angepasst:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>LanguageRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A language and how well it is spoken, e.g. &quot;German (B2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>LanguagesEditor</name>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>&amp;Add language</source>
        <translation>Sprache hin&amp;zufügen</translation>
    </message>
    <message>
        <source>No languages yet. Add the languages you work in.</source>
        <translation>Noch keine Sprachen. Fügen Sie die Sprachen hinzu, in denen Sie arbeiten.</translation>
    </message>
    <message>
        <source>native</source>
        <translation>Muttersprache</translation>
    </message>
    <message>
        <source>fluent</source>
        <translation>fließend</translation>
    </message>
    <message>
        <source>conversational</source>
        <translation>gute Kenntnisse</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>Grundkenntnisse</translation>
    </message>
    <message>
        <source>Fluency</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Edit language %1</source>
        <translation>Sprache %1 bearbeiten</translation>
    </message>
    <message>
        <source>New language</source>
        <translation>Neue Sprache</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Sprache hinzufügen</translation>
    </message>
    <message>
        <source>Remove language %1</source>
        <translation>Sprache %1 entfernen</translation>
    </message>
    <message>
        <source>Reorder languages</source>
        <translation>Sprachen umsortieren</translation>
    </message>
    <message>
        <source>Fluenc&amp;y:</source>
        <translation>&amp;Niveau:</translation>
    </message>
</context>
<context>
    <name>LearnNextWidget</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Nothing to learn next: every skill has reached its target or is skipped. Raise a target to plan further.</source>
        <translation>Nichts als Nächstes zu lernen: Jede Fähigkeit hat ihr Ziel erreicht oder wird übersprungen. Erhöhen Sie ein Ziel, um weiter zu planen.</translation>
    </message>
    <message>
        <source>The first %1 of %2 skills with a gap, most valuable first. Score = levels to go x priority weight; a prerequisite comes before the skills that need it. Double-click a skill to open it.</source>
        <translation>Die ersten %1 von %2 Fähigkeiten mit Lücke, die wertvollsten zuerst. Punktwert = fehlende Stufen x Prioritätsgewicht; eine Voraussetzung steht vor den Fähigkeiten, die sie benötigen. Doppelklicken Sie auf eine Fähigkeit, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Skills with a gap: %1, most valuable first. Score = levels to go x priority weight; a prerequisite comes before the skills that need it. Double-click a skill to open it.</source>
        <translation>Fähigkeiten mit Lücke: %1, die wertvollsten zuerst. Punktwert = fehlende Stufen x Prioritätsgewicht; eine Voraussetzung steht vor den Fähigkeiten, die sie benötigen. Doppelklicken Sie auf eine Fähigkeit, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 on its own; ranked at %2 because a skill that needs it scores that.</source>
        <translation>Für sich %1; auf %2 eingestuft, weil eine Fähigkeit, die sie voraussetzt, so viel zählt.</translation>
    </message>
</context>
<context>
    <name>LearningPlanner</name>
    <message>
        <source>Gap %1 (level %2 of %3) at %4 priority: score %5.</source>
        <translation>Lücke %1 (Stufe %2 von %3) bei Priorität %4: Punktwert %5.</translation>
    </message>
    <message>
        <source>Needed first for %1.</source>
        <translation>Wird zuerst für %1 benötigt.</translation>
    </message>
    <message>
        <source>Comes after %1.</source>
        <translation>Kommt nach %1.</translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>&amp;Add link</source>
        <translation>Link hin&amp;zufügen</translation>
    </message>
    <message>
        <source>No links yet. Add your GitHub, LinkedIn or blog.</source>
        <translation>Noch keine Links. Fügen Sie Ihr GitHub, LinkedIn oder Ihren Blog hinzu.</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A link in the list: &quot;GitHub: https://github.com/...&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edit link %1</source>
        <translation>Link %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>Remove link %1</source>
        <translation>Link %1 entfernen</translation>
    </message>
    <message>
        <source>Reorder links</source>
        <translation>Links umsortieren</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>Se&amp;ite:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Webadresse:</translation>
    </message>
</context>
<context>
    <name>LogStudyCommand</name>
    <message>
        <source>Log study time for %1</source>
        <translation>Lernzeit für %1 erfassen</translation>
    </message>
</context>
<context>
    <name>LogStudyDialog</name>
    <message>
        <source>Log Study Time</source>
        <translation>Lernzeit erfassen</translation>
    </message>
    <message>
        <source>Study time for &lt;b&gt;%1&lt;/b&gt;: %2 logged of %3 planned.</source>
        <translation>Lernzeit für &lt;b&gt;%1&lt;/b&gt;: %2 von geplanten %3 erfasst.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Stunden:</translation>
    </message>
    <message>
        <source>No particular skill</source>
        <translation>Keine bestimmte Fähigkeit</translation>
    </message>
    <message>
        <source>&amp;Skill:</source>
        <translation>&amp;Fähigkeit:</translation>
    </message>
    <message>
        <source>What you worked on (optional)</source>
        <translation>Woran Sie gearbeitet haben (optional)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>No workbench is open. Create a new one, open an existing file, or explore the demo workbench.</source>
        <translation>Es ist keine Workbench geöffnet. Legen Sie eine neue an, öffnen Sie eine vorhandene Datei oder erkunden Sie die Demo-Workbench.</translation>
    </message>
    <message>
        <source>&amp;New Workbench...</source>
        <translation>&amp;Neue Workbench...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workbench</source>
        <translation>D&amp;emo-Workbench öffnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Career Workbench.</source>
        <translation>Die neue Sprache wird ab dem nächsten Start von Career Workbench verwendet.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Career Workbench</source>
        <translation>&amp;Über Career Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot Open Workbench</source>
        <translation>Workbench kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Career Workbench</source>
        <translation>Career Workbench</translation>
    </message>
    <message>
        <source>%1 - Career Workbench</source>
        <translation>%1 - Career Workbench</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1 (Schema %2)</translation>
    </message>
    <message>
        <source>About Career Workbench</source>
        <translation>Über Career Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Career Workbench %1&lt;/h3&gt;&lt;p&gt;A private, offline workbench for a career in AI engineering: skills on a roadmap, certifications ranked by return, portfolio projects and interview practice.&lt;/p&gt;&lt;p&gt;Your data stays in one file on your computer:&lt;br/&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Career Workbench %1&lt;/h3&gt;&lt;p&gt;Eine private Offline-Workbench für eine Karriere im KI-Engineering: Fähigkeiten auf einer Roadmap, Zertifizierungen nach Rendite geordnet, Portfolio-Projekte und Interview-Training.&lt;/p&gt;&lt;p&gt;Ihre Daten bleiben in einer Datei auf Ihrem Computer:&lt;br/&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>This workbench was updated to the current version; a copy of it as it was is kept in %1.</source>
        <translation>Diese Workbench wurde auf die aktuelle Version aktualisiert; eine Kopie des vorherigen Stands liegt in %1.</translation>
    </message>
    <message>
        <source>&amp;Getting Started...</source>
        <translation>&amp;Erste Schritte...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;PDF...</source>
        <translation>&amp;PDF...</translation>
    </message>
    <message>
        <source>&amp;HTML...</source>
        <translation>&amp;HTML...</translation>
    </message>
    <message>
        <source>&amp;Markdown...</source>
        <translation>&amp;Markdown...</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Job Match</source>
        <translation>Stellenabgleich</translation>
    </message>
    <message>
        <source>Chart &amp;Data as Table...</source>
        <translation>Diagramm&amp;daten als Tabelle...</translation>
    </message>
</context>
<context>
    <name>MatchJobCommand</name>
    <message>
        <source>Match a job posting (a JSON Resume job FILE, or plain text) against the roadmap: each requirement proven, claimed or missing, and a score.</source>
        <translation>Gleicht eine Stellenanzeige (eine JSON-Resume-Stellen-DATEI oder reiner Text) mit der Roadmap ab: jede Anforderung belegt, beansprucht oder fehlend, dazu eine Punktzahl.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Gibt das Ergebnis als ein JSON-Objekt aus.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB: that is not a job posting.</source>
        <translation>%1 ist größer als 4 MB: Das ist keine Stellenanzeige.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Match: %1 of 100</source>
        <translation>Übereinstimmung: %1 von 100</translation>
    </message>
    <message>
        <source>proven</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>beansprucht</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>MetricsEditor</name>
    <message>
        <source>&amp;Remove Metric</source>
        <translation>Messgröße &amp;entfernen</translation>
    </message>
    <message>
        <source>What you measured, where it started and where the project took it. Leave the baseline empty when there was none.</source>
        <translation>Was Sie gemessen haben, wo es anfing und wohin das Projekt es gebracht hat. Lassen Sie den Ausgangswert leer, wenn es keinen gab.</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Messgrößen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Impact line</source>
        <translation>Wirkungszeile</translation>
    </message>
    <message>
        <source>Add &amp;Metric</source>
        <translation>&amp;Messgröße hinzufügen</translation>
    </message>
    <message>
        <source>An improvement</source>
        <translation>Eine Verbesserung</translation>
    </message>
    <message>
        <source>Worse than the baseline</source>
        <translation>Schlechter als der Ausgangswert</translation>
    </message>
    <message>
        <source>Metric %1: %2</source>
        <translation>Messgröße %1: %2</translation>
    </message>
    <message>
        <source>Impact lines:</source>
        <translation>Wirkungszeilen:</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>First-Run Guide</source>
        <translation>Einstiegshilfe</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Die Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>Your starting point</source>
        <translation>Ihr Ausgangspunkt</translation>
    </message>
    <message>
        <source>Three figures make the numbers in this workbench yours: return on certifications needs your salary, and dates on the roadmap need the hours you can study. Skip anything you&apos;d rather fill in later.</source>
        <translation>Drei Angaben machen die Zahlen dieser Workbench zu Ihren: Die Rendite von Zertifizierungen braucht Ihr Gehalt, die Termine der Roadmap brauchen die Stunden, die Sie lernen können. Überspringen Sie, was Sie lieber später ausfüllen.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Wäh&amp;rung:</translation>
    </message>
    <message>
        <source>&amp;Weekly study hours:</source>
        <translation>&amp;Lernstunden pro Woche:</translation>
    </message>
    <message>
        <source>Everything stays in this file on your computer. You can change it later in Edit &gt; Preferences.</source>
        <translation>Alles bleibt in dieser Datei auf Ihrem Computer. Sie können es später unter Bearbeiten &gt; Einstellungen ändern.</translation>
    </message>
    <message>
        <source>What you are aiming for</source>
        <translation>Worauf Sie hinarbeiten</translation>
    </message>
    <message>
        <source>Choose the specialisations you want. Only these become targets; the others stay on the roadmap as optional, with no target.</source>
        <translation>Wählen Sie die Spezialisierungen, die Sie anstreben. Nur diese werden zu Zielen; die anderen bleiben als optional ohne Ziel auf der Roadmap.</translation>
    </message>
    <message>
        <source>Where you are now</source>
        <translation>Wo Sie heute stehen</translation>
    </message>
    <message>
        <source>For each stage, pick the level that fits most of its skills today. It raises the skills below it, never above a skill&apos;s target, and lowers nothing. Fine-tune single skills on the Skills page.</source>
        <translation>Wählen Sie für jede Stufe das Niveau, das heute zu den meisten ihrer Fähigkeiten passt. Es hebt die Fähigkeiten darunter an, nie über das Ziel einer Fähigkeit hinaus, und senkt nichts. Einzelne Fähigkeiten stellen Sie auf der Seite Fähigkeiten genauer ein.</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>level number, name and what it means, e.g. &quot;3 Working: can use it without help&quot;</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Current sala&amp;ry (a year):</source>
        <translation>Aktuelles &amp;Gehalt (pro Jahr):</translation>
    </message>
    <message>
        <source>Your roadmap cannot be read: %1</source>
        <translation>Ihre Roadmap kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your profile cannot be read: %1</source>
        <translation>Ihr Profil kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your answers were not saved. %1</source>
        <translation>Ihre Antworten wurden nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Your answers were not saved: your profile cannot be read (%1).</source>
        <translation>Ihre Antworten wurden nicht gespeichert: Ihr Profil kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Your weekly study budget cannot be read: %1</source>
        <translation>Ihr wöchentliches Lernbudget kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your answers were not saved: your weekly study budget cannot be read (%1).</source>
        <translation>Ihre Antworten wurden nicht gespeichert: Ihr wöchentliches Lernbudget kann nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Set a date</source>
        <translation>Datum festlegen</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1: set a date</source>
        <translation>%1: Datum setzen</translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>the file has more than %1 rows.</source>
        <translation>die Datei hat mehr als %1 Zeilen.</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters.</source>
        <translation>ein Feld ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>a row has more than %1 fields.</source>
        <translation>eine Zeile hat mehr als %1 Felder.</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a quote is missing).</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen (ein Anführungszeichen fehlt).</translation>
    </message>
    <message>
        <source>there is text after the closing quote of a field.</source>
        <translation>nach dem schließenden Anführungszeichen eines Feldes steht noch Text.</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one (quote the whole field and double the quote).</source>
        <translation>ein Anführungszeichen in einem Feld, das nicht mit einem beginnt (setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Zeichen).</translation>
    </message>
</context>
<context>
    <name>PortfolioBuilder</name>
    <message>
        <source>Unnamed</source>
        <translation>Ohne Namen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Portfolio summary: %1</source>
        <translation>Portfolio-Übersicht: %1</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Portfolio-Übersicht</translation>
    </message>
    <message>
        <source>Portfolio summary for a role in %1</source>
        <translation>Portfolio-Übersicht für eine Stelle in %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Target role: %1</source>
        <translation>Zielrolle: %1</translation>
    </message>
    <message>
        <source>Skills matrix</source>
        <translation>Kompetenzmatrix</translation>
    </message>
    <message>
        <source>Level against target, per category (0 to 5)</source>
        <translation>Stufe gegenüber Ziel, je Kategorie (0 bis 5)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Mittlere Stufe</translation>
    </message>
    <message>
        <source>Mean target</source>
        <translation>Mittleres Ziel</translation>
    </message>
    <message>
        <source>Skills at level %1 or above with evidence: %2.</source>
        <translation>Fähigkeiten ab Stufe %1 mit Nachweis: %2.</translation>
    </message>
    <message>
        <source>Skills at level %1 or above: %2.</source>
        <translation>Fähigkeiten ab Stufe %1: %2.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Roadmap progress</source>
        <translation>Fortschritt auf der Roadmap</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Levels reached</source>
        <translation>Erreichte Stufen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Overall: %1 of the targeted levels reached.</source>
        <translation>Gesamt: %1 der Zielstufen erreicht.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>No projects yet.</source>
        <translation>Noch keine Projekte.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Vorgehen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Technologien</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>earned %1</source>
        <translation>erworben am %1</translation>
    </message>
    <message>
        <source>exam %1</source>
        <translation>Prüfung am %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>No certifications to show.</source>
        <translation>Keine Zertifizierungen anzuzeigen.</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Kapitalwert</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>Return on investment over %n year(s), after %1 tax, ranked by net present value:</source>
        <translation>
            <numerusform>Rendite über %n Jahr, nach %1 Steuern, nach Kapitalwert geordnet:</numerusform>
            <numerusform>Rendite über %n Jahre, nach %1 Steuern, nach Kapitalwert geordnet:</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview readiness</source>
        <translation>Bereitschaft für Vorstellungsgespräche</translation>
    </message>
    <message>
        <source>No interviews logged yet.</source>
        <translation>Noch keine Gespräche erfasst.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>%1 (%2 real)</source>
        <translation>%1 (%2 echte)</translation>
    </message>
    <message>
        <source>Mean score, first sessions</source>
        <translation>Mittlere Bewertung, erste Gespräche</translation>
    </message>
    <message>
        <source>Mean score, latest sessions</source>
        <translation>Mittlere Bewertung, letzte Gespräche</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>%1 (interviewer %2)</source>
        <translation>%1 (Interviewer %2)</translation>
    </message>
    <message>
        <source>Score per session (1 to 5; the interviewer&apos;s where given, else your own), oldest first, with the average of the last %1 against the target of %2</source>
        <translation>Bewertung je Gespräch (1 bis 5; die des Interviewers, wo vorhanden, sonst Ihre eigene), älteste zuerst, mit dem Durchschnitt der letzten %1 gegen das Ziel von %2</translation>
    </message>
    <message>
        <source>Recent average</source>
        <translation>Aktueller Durchschnitt</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>Vom Ziel</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>Readiness per format</source>
        <translation>Bereitschaft je Format</translation>
    </message>
    <message>
        <source>Latest sessions</source>
        <translation>Letzte Sitzungen</translation>
    </message>
</context>
<context>
    <name>PostingEditor</name>
    <message>
        <source>&amp;Keep Posting</source>
        <translation>Anzeige b&amp;ehalten</translation>
    </message>
    <message>
        <source>&amp;Tailor Resume</source>
        <translation>Lebenslauf an&amp;passen</translation>
    </message>
    <message>
        <source>Add &amp;Missing to Roadmap</source>
        <translation>Fehlendes in die &amp;Roadmap</translation>
    </message>
    <message>
        <source>Posting text</source>
        <translation>Text der Anzeige</translation>
    </message>
    <message>
        <source>Paste a job posting here. What it asks for is matched against your roadmap as you type.</source>
        <translation>Fügen Sie hier eine Stellenanzeige ein. Was sie verlangt, wird beim Tippen mit Ihrer Roadmap abgeglichen.</translation>
    </message>
    <message>
        <source>Sets the target role of the Resume (Reports page) to this posting&apos;s title and its main requirements, so the resume puts what matches first.</source>
        <translation>Setzt die Zielrolle des Lebenslaufs (Seite Berichte) auf den Titel dieser Anzeige und ihre wichtigsten Anforderungen, damit der Lebenslauf das Passende zuerst zeigt.</translation>
    </message>
    <message>
        <source>Adds the requirements your roadmap lacks as new skills and raises the targets and priority of the ones you have not proven, so they enter the learn-next ranking. One step: Undo takes it back.</source>
        <translation>Fügt die Anforderungen, die Ihrer Roadmap fehlen, als neue Fähigkeiten hinzu und hebt Ziel und Priorität der noch nicht belegten an, damit sie in die Rangfolge „Als Nächstes lernen“ kommen. Ein Schritt: Rückgängig nimmt ihn zurück.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Com&amp;pany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Appli&amp;cation:</source>
        <translation>Be&amp;werbung:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <source>Not kept yet: Keep Posting saves it in the workbench.</source>
        <translation>Noch nicht behalten: „Anzeige behalten“ speichert sie in der Workbench.</translation>
    </message>
    <message>
        <source>JSON job file, added %1</source>
        <translation>JSON-Job-Datei, hinzugefügt am %1</translation>
    </message>
    <message>
        <source>Pasted text, added %1</source>
        <translation>Eingefügter Text, hinzugefügt am %1</translation>
    </message>
    <message>
        <source>No skill of your roadmap or common requirement was found in this posting.</source>
        <translation>In dieser Anzeige wurde keine Fähigkeit Ihrer Roadmap und keine übliche Anforderung gefunden.</translation>
    </message>
    <message>
        <source>Match: %1 of 100</source>
        <translation>Treffer: %1 von 100</translation>
    </message>
    <message>
        <source>Proven: %1 · Claimed: %2 · Missing: %3</source>
        <translation>Belegt: %1 · Behauptet: %2 · Fehlt: %3</translation>
    </message>
    <message>
        <source>Link Posting to Application</source>
        <translation>Anzeige mit Bewerbung verknüpfen</translation>
    </message>
    <message>
        <source>Rename Posting</source>
        <translation>Anzeige umbenennen</translation>
    </message>
    <message>
        <source>Edit Posting Text</source>
        <translation>Text der Anzeige bearbeiten</translation>
    </message>
    <message>
        <source>Matching the posting</source>
        <translation>Die Stellenanzeige wird abgeglichen</translation>
    </message>
    <message>
        <source>Matching...</source>
        <translation>Wird abgeglichen...</translation>
    </message>
</context>
<context>
    <name>PracticePanel</name>
    <message>
        <source>&lt;b&gt;Due today&lt;/b&gt;</source>
        <translation>&lt;b&gt;Heute fällig&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weakest topics&lt;/b&gt; (average of the last %1 scores)</source>
        <translation>&lt;b&gt;Schwächste Themen&lt;/b&gt; (Durchschnitt der letzten %1 Bewertungen)</translation>
    </message>
    <message>
        <source>Topics due today</source>
        <translation>Heute fällige Themen</translation>
    </message>
    <message>
        <source>Weakest topics</source>
        <translation>Schwächste Themen</translation>
    </message>
    <message>
        <source>&amp;Questions in a drill:</source>
        <translation>&amp;Fragen pro Übungsrunde:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (due %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (seit %n Tag fällig)</numerusform>
            <numerusform>%1 (seit %n Tagen fällig)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing is due today: the spacing of every topic you practised says it can wait.</source>
        <translation>Heute ist nichts fällig: der Abstand jedes geübten Themas sagt, dass es warten kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) due today.</source>
        <translation>
            <numerusform>%n Thema heute fällig.</numerusform>
            <numerusform>%n Themen heute fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start Drill...</source>
        <translation>Übungs&amp;runde starten...</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Übungsrunde</translation>
    </message>
    <message>
        <source>Due and weakest topics</source>
        <translation>Fällige und schwächste Themen</translation>
    </message>
    <message>
        <source>Due topics only</source>
        <translation>Nur fällige Themen</translation>
    </message>
    <message>
        <source>Weakest topics only</source>
        <translation>Nur die schwächsten Themen</translation>
    </message>
    <message>
        <source>Every practised topic</source>
        <translation>Alle geübten Themen</translation>
    </message>
    <message>
        <source>With a format chosen, the drill asks about the topics of your sessions in that format and is logged in it.</source>
        <translation>Mit einem gewählten Format fragt die Übungsrunde nach den Themen Ihrer Interviews in diesem Format und wird in ihm eingetragen.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>The countdown for each question</source>
        <translation>Der Countdown für jede Frage</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>The&amp;men:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Ti&amp;me per question:</source>
        <translation>&amp;Zeit pro Frage:</translation>
    </message>
    <message>
        <source>Questions from the chosen topics, one at a time with a countdown; the drill is logged as a self-practice session.</source>
        <translation>Fragen zu den gewählten Themen, eine nach der anderen mit Countdown; die Übungsrunde wird als eigene Übung eingetragen.</translation>
    </message>
    <message>
        <source>Any format</source>
        <translation>Jedes Format</translation>
    </message>
    <message>
        <source>Log a session with scored topics first: a drill practises them.</source>
        <translation>Tragen Sie zuerst ein Interview mit bewerteten Themen ein: Eine Übungsrunde übt sie.</translation>
    </message>
    <message>
        <source>No topic fits these options: choose other topics or another format.</source>
        <translation>Kein Thema passt zu diesen Optionen: Wählen Sie andere Themen oder ein anderes Format.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) to practise.</source>
        <translation>
            <numerusform>%n Thema zum Üben.</numerusform>
            <numerusform>%n Themen zum Üben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The topics due cannot be read: %1</source>
        <translation>Die fälligen Themen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The preferences could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Change Preferences</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>What your resume and portfolio say about you. Changes are saved as you leave each field, and can be undone.</source>
        <translation>Was Lebenslauf und Portfolio über Sie sagen. Änderungen werden gespeichert, sobald Sie ein Feld verlassen, und lassen sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>&amp;Contact and summary</source>
        <translation>&amp;Kontakt und Zusammenfassung</translation>
    </message>
    <message>
        <source>E&amp;xperience</source>
        <translation>Be&amp;rufserfahrung</translation>
    </message>
    <message>
        <source>Ed&amp;ucation</source>
        <translation>A&amp;usbildung</translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation>S&amp;prachen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>e.g. Backend engineer moving into AI engineering</source>
        <translation>z. B. Backend-Engineer auf dem Weg ins KI-Engineering</translation>
    </message>
    <message>
        <source>e.g. AI Engineer</source>
        <translation>z. B. AI Engineer</translation>
    </message>
    <message>
        <source>Three-letter ISO 4217 code, e.g. USD or EUR.</source>
        <translation>Code aus drei Buchstaben nach ISO 4217, z. B. USD oder EUR.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titelzeile:</translation>
    </message>
    <message>
        <source>&amp;Target role:</source>
        <translation>&amp;Zielrolle:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Zu&amp;sammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Wä&amp;hrung:</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Current sala&amp;ry (a year):</source>
        <translation>Aktuelles &amp;Gehalt (pro Jahr):</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>The profile cannot be read: %1</source>
        <translation>Das Profil kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>Enter a currency, as a three-letter code such as USD or EUR.</source>
        <translation>Geben Sie eine Währung als dreistelligen Code ein, etwa USD oder EUR.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code: use three capital letters such as USD or EUR.</source>
        <translation>„%1“ ist kein Währungscode: Verwenden Sie drei Großbuchstaben wie USD oder EUR.</translation>
    </message>
    <message>
        <source>The salary cannot be negative.</source>
        <translation>Das Gehalt darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>This week against the weekly budget</source>
        <translation>Diese Woche im Vergleich zum Wochenbudget</translation>
    </message>
    <message>
        <source>Overall roadmap progress</source>
        <translation>Gesamtfortschritt auf der Roadmap</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Roadmap progress</source>
        <translation>Fortschritt auf der Roadmap</translation>
    </message>
    <message>
        <source>Levels gained this month</source>
        <translation>Stufen in diesem Monat gewonnen</translation>
    </message>
    <message>
        <source>Study streak</source>
        <translation>Lernserie</translation>
    </message>
    <message>
        <source>Study by day</source>
        <translation>Lernzeit nach Tagen</translation>
    </message>
    <message>
        <source>No full week of study logged yet; your budget is %1 a week. Log study time on the Skills page.</source>
        <translation>Noch keine volle Lernwoche erfasst; Ihr Budget ist %1 pro Woche. Erfassen Sie Lernzeit auf der Seite „Fähigkeiten“.</translation>
    </message>
    <message>
        <source>No full week of study logged yet. Log study time on the Skills page.</source>
        <translation>Noch keine volle Lernwoche erfasst. Erfassen Sie Lernzeit auf der Seite „Fähigkeiten“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 a week over the last %n week(s)</source>
        <translation>
            <numerusform>%1 pro Woche über %n Woche</numerusform>
            <numerusform>%1 pro Woche in den letzten %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pace: %1 (no weekly budget set)</source>
        <translation>Tempo: %1 (kein Wochenbudget festgelegt)</translation>
    </message>
    <message>
        <source>Pace: %1 (budget %2)</source>
        <translation>Tempo: %1 (Budget: %2)</translation>
    </message>
    <message>
        <source>of a %1 weekly budget</source>
        <translation>von %1 Wochenbudget</translation>
    </message>
    <message>
        <source>no weekly budget set</source>
        <translation>kein Wochenbudget festgelegt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>im %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 target levels reached</source>
        <translation>%1 von %2 Zielstufen erreicht</translation>
    </message>
    <message>
        <source>No targets</source>
        <translation>Keine Ziele</translation>
    </message>
    <message>
        <source>Give skills a target level on the Skills page.</source>
        <translation>Geben Sie Fähigkeiten auf der Seite „Fähigkeiten“ eine Zielstufe.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest: %n day(s)</source>
        <translation>
            <numerusform>längste: %n Tag</numerusform>
            <numerusform>längste: %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Add Project</source>
        <translation>Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Details and Links</source>
        <translation>Details und Links</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>The skills you tick count this project as evidence on the Skills page.</source>
        <translation>Für die angehakten Fähigkeiten zählt dieses Projekt auf der Seite Fähigkeiten als Nachweis.</translation>
    </message>
    <message>
        <source>Skills Used</source>
        <translation>Genutzte Fähigkeiten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Featured: listed first and shown in reports</source>
        <translation>&amp;Hervorgehoben: zuerst gelistet und in Berichten gezeigt</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <source>One line: what it does and for whom</source>
        <translation>Eine Zeile: was es tut und für wen</translation>
    </message>
    <message>
        <source>&amp;Pitch:</source>
        <translation>&amp;Kurzbeschreibung:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Pro&amp;blem:</source>
        <translation>Pro&amp;blem:</translation>
    </message>
    <message>
        <source>Target industry</source>
        <translation>Zielbranche</translation>
    </message>
    <message>
        <source>Target &amp;industry:</source>
        <translation>&amp;Zielbranche:</translation>
    </message>
    <message>
        <source>Target company</source>
        <translation>Zielunternehmen</translation>
    </message>
    <message>
        <source>Target &amp;company:</source>
        <translation>Ziel&amp;unternehmen:</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Vorgehen</translation>
    </message>
    <message>
        <source>&amp;Approach:</source>
        <translation>&amp;Vorgehen:</translation>
    </message>
    <message>
        <source>Architecture and data flow</source>
        <translation>Architektur und Datenfluss</translation>
    </message>
    <message>
        <source>Architect&amp;ure and data flow:</source>
        <translation>&amp;Architektur und Datenfluss:</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Sole developer, ML lead, ...</source>
        <translation>Alleinentwickler, ML-Leitung, ...</translation>
    </message>
    <message>
        <source>&amp;Role(s):</source>
        <translation>&amp;Rolle(n):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation>Be&amp;gonnen:</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Finished:</source>
        <translation>Abges&amp;chlossen:</translation>
    </message>
    <message>
        <source>Repository URL</source>
        <translation>Repository-URL</translation>
    </message>
    <message>
        <source>Re&amp;pository URL:</source>
        <translation>Re&amp;pository-URL:</translation>
    </message>
    <message>
        <source>Demo URL</source>
        <translation>Demo-URL</translation>
    </message>
    <message>
        <source>De&amp;mo URL:</source>
        <translation>De&amp;mo-URL:</translation>
    </message>
    <message>
        <source>&amp;Highlights, one per line:</source>
        <translation>&amp;Höhepunkte, einer pro Zeile:</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Höhepunkte</translation>
    </message>
    <message>
        <source>Fix the marked fields before saving (%1).</source>
        <translation>Korrigieren Sie vor dem Speichern die markierten Felder (%1).</translation>
    </message>
</context>
<context>
    <name>ProjectImageCommand</name>
    <message>
        <source>Add image %1</source>
        <translation>Bild %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>Bild %1 entfernen</translation>
    </message>
</context>
<context>
    <name>ProjectImagesView</name>
    <message>
        <source>&amp;Remove Image</source>
        <translation>Bild en&amp;tfernen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>A diagram or screenshot, up to %1 MB each (PNG, JPEG, GIF, WebP or BMP), stored in the workbench file.</source>
        <translation>Ein Diagramm oder Bildschirmfoto, je bis %1 MB (PNG, JPEG, GIF, WebP oder BMP), in der Workbench-Datei gespeichert.</translation>
    </message>
    <message>
        <source>Add an Image</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation>Wählen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB; save a smaller one.</source>
        <translation>Das Bild ist größer als %1 MB; speichern Sie ein kleineres.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Add Ima&amp;ge...</source>
        <translation>Bild hinz&amp;ufügen...</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>The project could not be saved</source>
        <translation>Das Projekt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The project could not be restored</source>
        <translation>Das Projekt konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The project could not be deleted</source>
        <translation>Das Projekt konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The new order could not be saved</source>
        <translation>Die neue Reihenfolge konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The checklist could not be saved</source>
        <translation>Die Checkliste konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The scan could not be saved</source>
        <translation>Der Scan konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The image could not be saved</source>
        <translation>Das Bild konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The image could not be removed</source>
        <translation>Das Bild konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>The project cannot be read, so it was not deleted: %1</source>
        <translation>Das Projekt kann nicht gelesen werden und wurde daher nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>es existiert nicht mehr</translation>
    </message>
    <message>
        <source>The images or checklist of %1 cannot be read, so it was not deleted: %2</source>
        <translation>Die Bilder oder die Checkliste von %1 können nicht gelesen werden, daher wurde es nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>The project&apos;s checklist cannot be read: %1</source>
        <translation>Die Checkliste des Projekts kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ProjectSummary</name>
    <message>
        <source>Open &amp;Repository</source>
        <translation>&amp;Repository öffnen</translation>
    </message>
    <message>
        <source>Open De&amp;mo</source>
        <translation>De&amp;mo öffnen</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Ergebnisse:</translation>
    </message>
    <message>
        <source>Highlights:</source>
        <translation>Höhepunkte:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Approach:</source>
        <translation>Vorgehen:</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>Architektur:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Select a project to see its story.</source>
        <translation>Wählen Sie ein Projekt, um seine Geschichte zu sehen.</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 bis %3</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, seit %2</translation>
    </message>
</context>
<context>
    <name>ProjectValidator</name>
    <message>
        <source>A project needs a title.</source>
        <translation>Ein Projekt braucht einen Titel.</translation>
    </message>
    <message>
        <source>Keep the title under %1 characters.</source>
        <translation>Der Titel darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The pitch is one line.</source>
        <translation>Der Pitch ist eine Zeile.</translation>
    </message>
    <message>
        <source>Keep the pitch under %1 characters.</source>
        <translation>Der Pitch darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The project cannot finish before it started.</source>
        <translation>Das Projekt kann nicht vor seinem Beginn enden.</translation>
    </message>
    <message>
        <source>Name what was measured.</source>
        <translation>Geben Sie an, was gemessen wurde.</translation>
    </message>
    <message>
        <source>The achieved value must be a number.</source>
        <translation>Der erreichte Wert muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>The baseline must be a number, or left empty.</source>
        <translation>Der Ausgangswert muss eine Zahl sein oder leer bleiben.</translation>
    </message>
    <message>
        <source>The image file is empty.</source>
        <translation>Die Bilddatei ist leer.</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB; save a smaller one.</source>
        <translation>Das Bild ist größer als %1 MB; speichern Sie ein kleineres.</translation>
    </message>
    <message>
        <source>This is not a PNG, JPEG, GIF, WebP or BMP image.</source>
        <translation>Das ist kein PNG-, JPEG-, GIF-, WebP- oder BMP-Bild.</translation>
    </message>
    <message>
        <source>The image has too many pixels; save a smaller one.</source>
        <translation>Das Bild hat zu viele Pixel; speichern Sie ein kleineres.</translation>
    </message>
</context>
<context>
    <name>ProjectsCharts</name>
    <message>
        <source>%1: readiness %2 of 100</source>
        <translation>%1: Bereitschaft %2 von 100</translation>
    </message>
    <message>
        <source>Readiness per project</source>
        <translation>Bereitschaft je Projekt</translation>
    </message>
    <message>
        <source>%1: %2 of %3 skills shown in a project</source>
        <translation>%1: %2 von %3 Fähigkeiten in einem Projekt gezeigt</translation>
    </message>
    <message>
        <source>Roadmap skills demonstrated by projects (%)</source>
        <translation>Durch Projekte belegte Roadmap-Fähigkeiten (%)</translation>
    </message>
    <message>
        <source>Char&amp;t:</source>
        <translation>Dia&amp;gramm:</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>Gezeigtes Diagramm</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message numerus="yes">
        <source>%n item(s) missing</source>
        <translation>
            <numerusform>%n Punkt fehlt</numerusform>
            <numerusform>%n Punkte fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Each project&apos;s story with measured results, and what it still needs before a hiring manager looks at its repository.</source>
        <translation>Die Geschichte jedes Projekts mit gemessenen Ergebnissen, und was ihm noch fehlt, bevor sich jemand aus dem Recruiting sein Repository ansieht.</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>Hin&amp;zufügen...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Add Project...</source>
        <translation>Projekt hinzufügen...</translation>
    </message>
    <message>
        <source>No portfolio projects yet. Add one with &lt;b&gt;Add...&lt;/b&gt;: the problem it solves, the results you measured, and the roadmap skills it shows. Then scan its folder to see what a reviewer would miss.</source>
        <translation>Noch keine Portfolio-Projekte. Fügen Sie eines mit &lt;b&gt;Hinzufügen...&lt;/b&gt; hinzu: das Problem, das es löst, die gemessenen Ergebnisse und die Fähigkeiten der Roadmap, die es zeigt. Scannen Sie dann seinen Ordner, um zu sehen, was einem Prüfer fehlen würde.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Added the image %1.</source>
        <translation>Bild %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>The projects could not be read: %1</source>
        <translation>Die Projekte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Part of the project could not be read: %1</source>
        <translation>Ein Teil des Projekts konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <source>Delete %1 with its metrics, images and checklist?</source>
        <translation>%1 mit seinen Messgrößen, Bildern und seiner Checkliste löschen?</translation>
    </message>
    <message>
        <source>Deleted %1. Edit &gt; Undo brings it back.</source>
        <translation>%1 gelöscht. Bearbeiten &gt; Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Reorder projects</source>
        <translation>Projekte umsortieren</translation>
    </message>
    <message>
        <source>Tick %1</source>
        <translation>%1 abhaken</translation>
    </message>
    <message>
        <source>Untick %1</source>
        <translation>Haken bei %1 entfernen</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>%1 scannen</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>B&amp;earbeiten...</translation>
    </message>
    <message>
        <source>The roadmap&apos;s skills cannot be read: %1</source>
        <translation>Die Fähigkeiten der Roadmap können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The skill coverage could not be read: %1</source>
        <translation>Die Abdeckung der Fähigkeiten konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the copy is not a SQLite file</source>
        <translation>die Kopie ist keine SQLite-Datei</translation>
    </message>
    <message>
        <source>the copy has schema version %1, expected %2</source>
        <translation>die Kopie hat Schemaversion %1, erwartet wurde %2</translation>
    </message>
    <message>
        <source>The copy %1 failed its check: %2</source>
        <translation>Die Kopie %1 hat die Prüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <source>%1 is already open in %2 (process %3 on %4). Close it there first.</source>
        <translation>%1 ist bereits in %2 geöffnet (Prozess %3 auf %4). Schließen Sie die Datei zuerst dort.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a Career Workbench file: it is not a SQLite database.</source>
        <translation>%1 ist keine Career-Workbench-Datei: Es ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>%1 belongs to another program (SQLite application id %2), so Career Workbench leaves it alone.</source>
        <translation>%1 gehört zu einem anderen Programm (SQLite-Anwendungs-ID %2), daher lässt Career Workbench die Datei unverändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Career Workbench (schema version %2; this version knows up to %3). Update the app to open it.</source>
        <translation>%1 wurde von einer neueren Version von Career Workbench geschrieben (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie die App, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2). It was left as it is; open one of its backups instead.</source>
        <translation>%1 ist beschädigt (Integritätsprüfung: %2). Die Datei wurde nicht verändert; öffnen Sie stattdessen eine ihrer Sicherungen.</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s SQLite file (its tables: %2), so Career Workbench leaves it alone.</source>
        <translation>%1 ist die SQLite-Datei eines anderen Programms (Tabellen: %2), daher lässt Career Workbench die Datei unverändert.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>No backup of %1 could be written before updating it, so it was not changed. %2</source>
        <translation>Vor der Aktualisierung konnte keine Sicherung von %1 geschrieben werden, daher wurde die Datei nicht verändert. %2</translation>
    </message>
    <message>
        <source>%1 could not be updated to schema version %2: %3</source>
        <translation>%1 konnte nicht auf Schemaversion %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>The new workbench %1 could not be set up: %2</source>
        <translation>Die neue Workbench %1 konnte nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>%1 is the open workbench; choose another file name.</source>
        <translation>%1 ist die geöffnete Workbench; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 is open in another window or program; close it there first.</source>
        <translation>%1 ist in einem anderen Fenster oder Programm geöffnet; schließen Sie die Datei zuerst dort.</translation>
    </message>
    <message>
        <source>must list at least one topic</source>
        <translation>muss mindestens ein Thema enthalten</translation>
    </message>
    <message>
        <source>must be a list of at least one phrase</source>
        <translation>muss eine Liste mit mindestens einer Formulierung sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation>ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>is missing or not a list</source>
        <translation>fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>no skill of the roadmap has the key &quot;%1&quot;</source>
        <translation>keine Fähigkeit der Roadmap hat den Schlüssel „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be from 0 to 5000</source>
        <translation>muss zwischen 0 und 5000 liegen</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1 gives a date after %2</source>
        <translation>%1 ergibt ein Datum nach %2</translation>
    </message>
    <message>
        <source>has both uplift_amount and uplift_percent</source>
        <translation>hat sowohl uplift_amount als auch uplift_percent</translation>
    </message>
    <message>
        <source>is needed to place the logged hours</source>
        <translation>wird benötigt, um die erfassten Stunden einzuordnen</translation>
    </message>
    <message>
        <source>Migration file %1 is not named NNNN_name.sql.</source>
        <translation>Die Migrationsdatei %1 ist nicht nach dem Muster NNNN_name.sql benannt.</translation>
    </message>
    <message>
        <source>Migration file %1 cannot be read.</source>
        <translation>Die Migrationsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Migration %1 is out of sequence: expected number %2.</source>
        <translation>Migration %1 ist nicht in der richtigen Reihenfolge: Erwartet wurde Nummer %2.</translation>
    </message>
    <message>
        <source>No migrations were found in %1.</source>
        <translation>In %1 wurden keine Migrationen gefunden.</translation>
    </message>
    <message>
        <source>The schema version cannot be read: %1</source>
        <translation>Die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: Transaktion kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1, statement %2 (%3): %4</source>
        <translation>%1, Anweisung %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1: commit failed: %2</source>
        <translation>%1: Commit fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (QSQLITE).</source>
        <translation>Der SQLite-Treiber für Qt ist nicht installiert (QSQLITE).</translation>
    </message>
    <message>
        <source>Could not apply &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht angewendet werden: %2</translation>
    </message>
    <message>
        <source>No file name was given for the demo workbench.</source>
        <translation>Für die Demo-Workbench wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>%1 already exists. The demo workbench is only written to a new file; choose another name.</source>
        <translation>%1 ist bereits vorhanden. Die Demo-Workbench wird nur in eine neue Datei geschrieben; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The demo workbench needs a valid date for today.</source>
        <translation>Die Demo-Workbench benötigt ein gültiges Datum für heute.</translation>
    </message>
    <message>
        <source>%1: must be a JSON object</source>
        <translation>%1: muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>The built-in roadmap (roadmap.json) cannot be read.</source>
        <translation>Die eingebaute Roadmap (roadmap.json) kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>roadmap.json: %1</source>
        <translation>roadmap.json: %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>muss „%1“ sein</translation>
    </message>
    <message>
        <source>%1 is not a template version this app reads (1 to %2)</source>
        <translation>%1 ist keine Vorlagenversion, die diese App lesen kann (1 bis %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>„%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <source>no stage has the key &quot;%1&quot;</source>
        <translation>keine Phase hat den Schlüssel „%1“</translation>
    </message>
    <message>
        <source>no category has the key &quot;%1&quot;</source>
        <translation>keine Kategorie hat den Schlüssel „%1“</translation>
    </message>
    <message>
        <source>must be a list of skill keys</source>
        <translation>muss eine Liste von Fähigkeitsschlüsseln sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not another skill of this roadmap</source>
        <translation>„%1“ ist keine andere Fähigkeit dieser Roadmap</translation>
    </message>
    <message>
        <source>the prerequisites of &quot;%1&quot; go round in a circle</source>
        <translation>die Voraussetzungen von „%1“ bilden einen Kreis</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source>%1 cannot be replaced: %2 cannot be moved.</source>
        <translation>%1 kann nicht ersetzt werden: %2 lässt sich nicht verschieben.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation>Das Projekt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The image is too large to store.</source>
        <translation>Das Bild ist zu groß zum Speichern.</translation>
    </message>
    <message>
        <source>low</source>
        <comment>salary-gain estimate</comment>
        <translation>niedrige</translation>
    </message>
    <message>
        <source>high</source>
        <comment>salary-gain estimate</comment>
        <translation>hohe</translation>
    </message>
    <message>
        <source>likely</source>
        <comment>salary-gain estimate</comment>
        <translation>wahrscheinliche</translation>
    </message>
    <message>
        <source>Expected gain: the catalogue&apos;s %1 estimate, %2 % of salary (range %3 to %4 %), made on %5. An estimate, not a promise: replace it with what you know.</source>
        <extracomment>%1 low/likely/high, %2 the percentage picked, %3 and %4 the range, %5 a date</extracomment>
        <translation>Erwarteter Zuwachs: die %1 Schätzung des Katalogs, %2 % des Gehalts (Spanne %3 bis %4 %), erstellt am %5. Eine Schätzung, kein Versprechen: Ersetzen Sie sie durch das, was Sie wissen.</translation>
    </message>
    <message>
        <source>no specialisation has the key &quot;%1&quot;</source>
        <translation>keine Spezialisierung hat den Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: must be an object of keys</source>
        <translation>%1: muss ein Objekt aus Schlüsseln sein</translation>
    </message>
    <message>
        <source>%1: the name is missing</source>
        <translation>%1: der Name fehlt</translation>
    </message>
    <message>
        <source>%1: the description is missing</source>
        <translation>%1: die Beschreibung fehlt</translation>
    </message>
    <message>
        <source>%1.%2: the roadmap has no such key</source>
        <translation>%1.%2: Die Roadmap hat keinen solchen Schlüssel</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;</source>
        <translation>format: muss &quot;%1&quot; sein</translation>
    </message>
    <message>
        <source>version: must be %1</source>
        <translation>version: muss %1 sein</translation>
    </message>
    <message>
        <source>name: is missing</source>
        <translation>name: fehlt</translation>
    </message>
    <message>
        <source>A format&apos;s name needs at least one letter or digit.</source>
        <translation>Der Name eines Formats braucht mindestens einen Buchstaben oder eine Ziffer.</translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation>Die Frage existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The interview session no longer exists.</source>
        <translation>Die Interviewsitzung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>Die Bewerbung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The name of a backup beside it would be too long; rename the file to a shorter name.</source>
        <translation>Der Name einer Sicherung daneben wäre zu lang; geben Sie der Datei einen kürzeren Namen.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be put in place.</source>
        <translation>Die Sicherung %1 kann nicht an ihren Platz gelegt werden.</translation>
    </message>
    <message>
        <source>The file name of %1 is too long (%2 bytes). Career Workbench keeps files beside it whose names add up to %3 bytes, and most systems allow %4: choose a name of at most %5 bytes.</source>
        <translation>Der Dateiname von %1 ist zu lang (%2 Bytes). Career Workbench legt Dateien daneben an, deren Namen bis zu %3 Bytes länger sind, und die meisten Systeme erlauben %4: Wählen Sie einen Namen mit höchstens %5 Bytes.</translation>
    </message>
    <message>
        <source>%1 is open in %2 on the computer %3 (process %4). Close it there first. If it is no longer open there (that computer crashed or was switched off), delete %5 and try again.</source>
        <translation>%1 ist in %2 auf dem Computer %3 geöffnet (Prozess %4). Schließen Sie sie zuerst dort. Ist sie dort nicht mehr geöffnet (der Computer ist abgestürzt oder wurde ausgeschaltet), löschen Sie %5 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for editing: %2 cannot be created.</source>
        <translation>%1 kann nicht zum Bearbeiten gesperrt werden: %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 already exists. A new workbench is only written to a new file; choose another name.</source>
        <translation>%1 ist bereits vorhanden. Eine neue Workbench wird nur in eine neue Datei geschrieben; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 appeared while the new workbench was being written; it was left as it is.</source>
        <translation>%1 ist entstanden, während die neue Workbench geschrieben wurde; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>The new workbench %1 cannot be put in place.</source>
        <translation>Die neue Workbench %1 kann nicht an ihren Platz gelegt werden.</translation>
    </message>
    <message>
        <source>%1 could not be set up with schema version %2: %3</source>
        <translation>%1 konnte nicht mit Schemaversion %2 angelegt werden: %3</translation>
    </message>
    <message>
        <source>it has schema version %1</source>
        <translation>sie hat Schemaversion %1</translation>
    </message>
    <message>
        <source>The new workbench %1 failed its check: %2</source>
        <translation>Die neue Workbench %1 hat die Prüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workbench file.</source>
        <translation>%1 ist ein Ordner, keine Workbench-Datei.</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist.</source>
        <translation>%1 ist eine Verknüpfung auf eine Datei, die es nicht gibt.</translation>
    </message>
    <message>
        <source>%1 cannot be read: you have no permission to read it.</source>
        <translation>%1 kann nicht gelesen werden: Sie haben keine Leseberechtigung dafür.</translation>
    </message>
    <message>
        <source>%1 is read-only. Career Workbench writes every change to the file at once, so it opens only a file it may change: make it writable, or open a copy of it.</source>
        <translation>%1 ist schreibgeschützt. Career Workbench schreibt jede Änderung sofort in die Datei und öffnet daher nur Dateien, die es ändern darf: Heben Sie den Schreibschutz auf oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>%1 is in a read-only folder. Career Workbench keeps a log and a lock beside the file while it is open: move it to a folder you may write to, or open a copy of it.</source>
        <translation>%1 liegt in einem schreibgeschützten Ordner. Career Workbench legt, solange die Datei geöffnet ist, ein Protokoll und eine Sperre daneben an: Verschieben Sie sie in einen beschreibbaren Ordner oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>%1 has %2 names (hard links). Career Workbench locks a file by its name, so it opens only a file with one name: copy it, and open the copy.</source>
        <translation>%1 hat %2 Namen (harte Links). Career Workbench sperrt eine Datei über ihren Namen und öffnet daher nur Dateien mit einem Namen: Kopieren Sie sie und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a workbench (%2). It was left as it is.</source>
        <translation>%1 kann nicht als Workbench gelesen werden (%2). Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no workbench. If it should, it was damaged: open one of its backups. To start a new workbench, choose a new file name.</source>
        <translation>%1 ist leer (0 Bytes) und enthält keine Workbench. Sollte sie eine enthalten, wurde sie beschädigt: Öffnen Sie eine ihrer Sicherungen. Für eine neue Workbench wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version (%2) is not one any Career Workbench writes. It was left as it is; open one of its backups instead.</source>
        <translation>%1 ist beschädigt: Ihre Schemaversion (%2) schreibt keine Version von Career Workbench. Die Datei blieb unverändert; öffnen Sie stattdessen eine ihrer Sicherungen.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a workbench. To start a new workbench, choose a new file name.</source>
        <translation>%1 ist eine leere SQLite-Datenbank, keine Workbench. Für eine neue Workbench wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is marked as a workbench but has no schema version. It was left as it is; open one of its backups instead.</source>
        <translation>%1 ist beschädigt: Sie ist als Workbench gekennzeichnet, hat aber keine Schemaversion. Die Datei blieb unverändert; öffnen Sie stattdessen eine ihrer Sicherungen.</translation>
    </message>
    <message>
        <source>%1 is damaged: tables of schema version %2 are missing (%3). It was left as it is; open one of its backups instead.</source>
        <translation>%1 ist beschädigt: Tabellen der Schemaversion %2 fehlen (%3). Die Datei blieb unverändert; öffnen Sie stattdessen eine ihrer Sicherungen.</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2). Open one of its backups, or save a copy (File &gt; Save As) and check that.</source>
        <translation>%1 ist beschädigt (Integritätsprüfung: %2). Öffnen Sie eine ihrer Sicherungen, oder speichern Sie eine Kopie (Datei &gt; Speichern unter) und prüfen Sie diese.</translation>
    </message>
    <message>
        <source>no room for a temporary copy to check it (%1)</source>
        <translation>kein Platz für eine vorübergehende Kopie zum Prüfen (%1)</translation>
    </message>
    <message>
        <source>a temporary copy to check it cannot be written</source>
        <translation>eine vorübergehende Kopie zum Prüfen kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a row of %3 that does not exist</source>
        <translation>Zeile %1 von %2 verweist auf eine Zeile von %3, die es nicht gibt</translation>
    </message>
    <message>
        <source> (and more than %1 further problems)</source>
        <translation> (und mehr als %1 weitere Probleme)</translation>
    </message>
    <message>
        <source> (and %1 further problems)</source>
        <translation> (und %1 weitere Probleme)</translation>
    </message>
    <message>
        <source>The write-ahead log cannot be switched on: %1</source>
        <translation>Das Write-Ahead-Log kann nicht eingeschaltet werden: %1</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, more than any roadmap needs</source>
        <translation>die Datei ist größer als %1 MB, mehr als eine Roadmap braucht</translation>
    </message>
    <message>
        <source>lists and objects are nested more than %1 levels deep</source>
        <translation>Listen und Objekte sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>has %1 entries; a roadmap may have at most %2</source>
        <translation>hat %1 Einträge; eine Roadmap darf höchstens %2 haben</translation>
    </message>
    <message>
        <source>lists more than %1 skills</source>
        <translation>nennt mehr als %1 Fähigkeiten</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(abgebrochen)</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>vom Benutzer angehalten</translation>
    </message>
    <message>
        <source>has no network</source>
        <translation>hat kein Netzwerk</translation>
    </message>
    <message>
        <source>names %1, which is not a checklist item</source>
        <translation>nennt %1, das kein Punkt der Checkliste ist</translation>
    </message>
    <message>
        <source>Architecture sketch</source>
        <translation>Architekturskizze</translation>
    </message>
    <message>
        <source>must be a list of at most %1 names</source>
        <translation>muss eine Liste mit höchstens %1 Namen sein</translation>
    </message>
    <message>
        <source>each name is text of at most %1 characters</source>
        <translation>jeder Name ist Text mit höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>added_days_ago is missing</source>
        <translation>added_days_ago fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project status</source>
        <translation>„%1“ ist kein Projektstatus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certification status</source>
        <translation>„%1“ ist kein Status einer Zertifizierung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a skill status</source>
        <translation>„%1“ ist kein Status einer Fähigkeit</translation>
    </message>
</context>
<context>
    <name>QuestionBankModel</name>
    <message>
        <source>%1

Answer notes: %2</source>
        <translation>%1

Antwortnotizen: %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gestellt</translation>
    </message>
    <message>
        <source>Last asked</source>
        <translation>Zuletzt gestellt</translation>
    </message>
    <message>
        <source>The question bank cannot be read: %1</source>
        <translation>Die Fragensammlung kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>QuestionBankView</name>
    <message>
        <source>Edit...</source>
        <translation>Bearbeiten...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Add Question...</source>
        <translation>Frage hin&amp;zufügen...</translation>
    </message>
    <message>
        <source>Search the question bank</source>
        <translation>Fragensammlung durchsuchen</translation>
    </message>
    <message>
        <source>Search questions, answers and topics</source>
        <translation>Fragen, Antworten und Themen durchsuchen</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Fragensammlung</translation>
    </message>
    <message>
        <source>Added the question to the bank.</source>
        <translation>Die Frage ist in der Sammlung.</translation>
    </message>
    <message>
        <source>Edit a question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>Delete Question</source>
        <translation>Frage löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the bank?</source>
        <translation>„%1“ aus der Sammlung löschen?</translation>
    </message>
    <message>
        <source>Deleted the question. Edit &gt; Undo brings it back.</source>
        <translation>Frage gelöscht. Bearbeiten &gt; Rückgängig holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Add Question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Edit Question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>The points a good answer makes</source>
        <translation>Die Punkte einer guten Antwort</translation>
    </message>
    <message>
        <source>&amp;Answer notes:</source>
        <translation>&amp;Antwortnotizen:</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>Themen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Themen:</translation>
    </message>
    <message>
        <source>Enter the question.</source>
        <translation>Geben Sie die Frage ein.</translation>
    </message>
</context>
<context>
    <name>ReadinessItem</name>
    <message>
        <source>A README</source>
        <translation>Eine README</translation>
    </message>
    <message>
        <source>The README has install steps</source>
        <translation>Die README beschreibt die Installation</translation>
    </message>
    <message>
        <source>The README has usage steps</source>
        <translation>Die README beschreibt die Verwendung</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>A CI pipeline</source>
        <translation>Eine CI-Pipeline</translation>
    </message>
    <message>
        <source>An environment file (requirements, pyproject ...)</source>
        <translation>Eine Umgebungsdatei (requirements, pyproject …)</translation>
    </message>
    <message>
        <source>A Dockerfile or compose file</source>
        <translation>Ein Dockerfile oder eine Compose-Datei</translation>
    </message>
    <message>
        <source>A licence</source>
        <translation>Eine Lizenz</translation>
    </message>
    <message>
        <source>Coverage configuration or report</source>
        <translation>Coverage-Konfiguration oder -Bericht</translation>
    </message>
    <message>
        <source>No absolute paths in code and notebooks</source>
        <translation>Keine absoluten Pfade in Code und Notebooks</translation>
    </message>
    <message>
        <source>No committed secrets</source>
        <translation>Keine eingecheckten Geheimnisse</translation>
    </message>
    <message>
        <source>Architecture documentation or a diagram</source>
        <translation>Architekturdokumentation oder ein Diagramm</translation>
    </message>
    <message>
        <source>Quantified results: at least one metric</source>
        <translation>Messbare Ergebnisse: mindestens eine Kennzahl</translation>
    </message>
    <message>
        <source>The problem is tied to a target industry or company</source>
        <translation>Das Problem ist einer Zielbranche oder -firma zugeordnet</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>&amp;Scan Folder...</source>
        <translation>Ordner &amp;scannen...</translation>
    </message>
    <message>
        <source>Cancel Scan</source>
        <translation>Scan abbrechen</translation>
    </message>
    <message>
        <source>Readiness score</source>
        <translation>Bereitschaftswert</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>Bereitschafts-Checkliste</translation>
    </message>
    <message>
        <source>Item (tick what you have done)</source>
        <translation>Punkt (haken Sie ab, was erledigt ist)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Read a local checkout of the project and fill the checklist with what it finds. Nothing is uploaded.</source>
        <translation>Liest eine lokale Arbeitskopie des Projekts und füllt die Checkliste mit dem, was gefunden wird. Nichts wird hochgeladen.</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Fortschritt des Scans</translation>
    </message>
    <message>
        <source>Ticked by hand</source>
        <translation>Von Hand abgehakt</translation>
    </message>
    <message>
        <source>Found by the scan</source>
        <translation>Vom Scan gefunden</translation>
    </message>
    <message>
        <source>Shown by the project&apos;s own data</source>
        <translation>Durch die Daten des Projekts belegt</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>The scan found problems</source>
        <translation>Der Scan hat Probleme gefunden</translation>
    </message>
    <message>
        <source>Not found by the scan</source>
        <translation>Vom Scan nicht gefunden</translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation>Kein Projekt ausgewählt</translation>
    </message>
    <message>
        <source>Readiness: %1 of 100</source>
        <translation>Bereitschaft: %1 von 100</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Nichts fehlt.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <source>Weight %1 of 100</source>
        <translation>Gewicht %1 von 100</translation>
    </message>
    <message>
        <source>Not scanned yet.</source>
        <translation>Noch nicht gescannt.</translation>
    </message>
    <message>
        <source>Last scan: %1, %2</source>
        <translation>Letzter Scan: %1, %2</translation>
    </message>
    <message>
        <source>Scan a Project Folder</source>
        <translation>Projektordner scannen</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>%1 wird gescannt</translation>
    </message>
    <message>
        <source>%1 files read...</source>
        <translation>%1 Dateien gelesen...</translation>
    </message>
    <message>
        <source>Scanning...</source>
        <translation>Scan läuft...</translation>
    </message>
    <message>
        <source>Scan cancelled; the checklist is as it was.</source>
        <translation>Scan abgebrochen; die Checkliste ist unverändert.</translation>
    </message>
    <message>
        <source>The folder could not be scanned: %1</source>
        <translation>Der Ordner konnte nicht gescannt werden: %1</translation>
    </message>
    <message>
        <source>Scanned %1 files: readiness from the scan %2 of 100.</source>
        <translation>%1 Dateien gescannt: Bereitschaft laut Scan %2 von 100.</translation>
    </message>
    <message numerus="yes">
        <source>Ticked by hand, but the last scan found %n problem(s): %1</source>
        <translation>
            <numerusform>Von Hand abgehakt, aber der letzte Scan fand %n Problem: %1</numerusform>
            <numerusform>Von Hand abgehakt, aber der letzte Scan fand %n Probleme: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticked by hand; the last scan did not find it</source>
        <translation>Von Hand abgehakt; der letzte Scan hat es nicht gefunden</translation>
    </message>
    <message>
        <source>Your tick counts for the score. The findings stay listed until a scan no longer finds them.</source>
        <translation>Ihr Haken zählt für die Punktzahl. Die Funde bleiben aufgeführt, bis ein Scan sie nicht mehr findet.</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent workbenches</source>
        <translation>Keine zuletzt geöffneten Workbenches</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>RemoveApplicationCommand</name>
    <message>
        <source>Delete the application to %1</source>
        <translation>Die Bewerbung bei %1 löschen</translation>
    </message>
</context>
<context>
    <name>RemoveCertificationCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>RemovePostingCommand</name>
    <message>
        <source>Delete Posting %1</source>
        <translation>Anzeige %1 löschen</translation>
    </message>
</context>
<context>
    <name>RemoveProjectCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>RemoveQuestionCommand</name>
    <message>
        <source>Delete a question</source>
        <translation>Frage löschen</translation>
    </message>
</context>
<context>
    <name>RemoveSessionCommand</name>
    <message>
        <source>Delete the session of %1</source>
        <translation>Interview vom %1 löschen</translation>
    </message>
</context>
<context>
    <name>RepoScanner</name>
    <message>
        <source>an environment file is committed</source>
        <translation>eine Umgebungsdatei ist eingecheckt</translation>
    </message>
    <message>
        <source>a private key file is committed</source>
        <translation>eine private Schlüsseldatei ist eingecheckt</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <source>%1: cannot read the folder</source>
        <translation>%1: Ordner nicht lesbar</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Session</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Average of the last %1</source>
        <translation>Durchschnitt der letzten %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Career Workbench %1</source>
        <translation>Career Workbench %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>present</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Programmieren</translation>
    </message>
    <message>
        <source>System design</source>
        <translation>Systementwurf</translation>
    </message>
    <message>
        <source>ML theory</source>
        <translation>ML-Theorie</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Take-home</source>
        <translation>Hausaufgabe</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Fachgespräch</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Echt</translation>
    </message>
    <message>
        <source>Mock</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: von %2 auf %3</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (%4 better)</source>
        <translation>%1: von %2 auf %3 (%4 besser)</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (%4 worse)</source>
        <translation>%1: von %2 auf %3 (%4 schlechter)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Portfolio summary</source>
        <translation>Portfolio-Übersicht</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lebenslauf</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>D&amp;okument:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>e.g. LLM, MLOps, RAG</source>
        <translation>z. B. LLM, MLOps, RAG</translation>
    </message>
    <message>
        <source>Tags of the role you apply for, separated by commas: what matches them comes first, and a resume drops the rest first.</source>
        <translation>Schlagwörter der Stelle, auf die Sie sich bewerben, durch Kommas getrennt: Passendes steht vorn, und ein Lebenslauf lässt zuerst den Rest weg.</translation>
    </message>
    <message>
        <source>Target &amp;role:</source>
        <translation>Ziel&amp;rolle:</translation>
    </message>
    <message>
        <source>Skills at &amp;level:</source>
        <translation>Fähigkeiten ab &amp;Stufe:</translation>
    </message>
    <message>
        <source>Only e&amp;arned certifications</source>
        <translation>Nur &amp;erworbene Zertifizierungen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Roadmap progress (portfolio)</source>
        <translation>Fortschritt auf der Roadmap (Portfolio)</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Experience (resume)</source>
        <translation>Berufserfahrung (Lebenslauf)</translation>
    </message>
    <message>
        <source>Education (resume)</source>
        <translation>Ausbildung (Lebenslauf)</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>Interview readiness (portfolio)</source>
        <translation>Bereitschaft für Vorstellungsgespräche (Portfolio)</translation>
    </message>
    <message>
        <source>Languages (resume)</source>
        <translation>Sprachen (Lebenslauf)</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Dr&amp;ucken...</translation>
    </message>
    <message>
        <source>Export &amp;Markdown...</source>
        <translation>Als &amp;Markdown exportieren...</translation>
    </message>
    <message>
        <source>The workbench cannot be read: %1</source>
        <translation>Die Workbench kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your choices could not be saved: %1</source>
        <translation>Ihre Auswahl konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>resume</source>
        <translation>lebenslauf</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portfolio</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>%1 wird exportiert...</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>Only s&amp;kills with evidence</source>
        <translation>Nur Fähigkeiten mit &amp;Nachweis</translation>
    </message>
    <message>
        <source>Only fi&amp;nished projects</source>
        <translation>Nur abgeschlossene &amp;Projekte</translation>
    </message>
    <message>
        <source>E&amp;xport PDF...</source>
        <translation>Als PD&amp;F exportieren...</translation>
    </message>
    <message>
        <source>Export H&amp;TML...</source>
        <translation>Als H&amp;TML exportieren...</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Projects to show</source>
        <translation>Anzuzeigende Projekte</translation>
    </message>
    <message>
        <source>Certifications to show</source>
        <translation>Anzuzeigende Zertifizierungen</translation>
    </message>
    <message>
        <source>Pro&amp;jects:</source>
        <translation>Pro&amp;jekte:</translation>
    </message>
    <message>
        <source>Certificati&amp;ons:</source>
        <translation>Zert&amp;ifizierungen:</translation>
    </message>
    <message>
        <source>Preparing the preview...</source>
        <translation>Die Vorschau wird vorbereitet …</translation>
    </message>
    <message>
        <source>%1 (featured)</source>
        <translation>%1 (hervorgehoben)</translation>
    </message>
    <message>
        <source>Laying out the pages...</source>
        <translation>Die Seiten werden gesetzt …</translation>
    </message>
    <message>
        <source>Drawing page %1 of %2...</source>
        <translation>Seite %1 von %2 wird gezeichnet …</translation>
    </message>
    <message>
        <source>Nothing to show: every section is switched off.</source>
        <translation>Nichts anzuzeigen: Alle Abschnitte sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>Laying out the pages for printing...</source>
        <translation>Die Seiten werden für den Druck gesetzt...</translation>
    </message>
</context>
<context>
    <name>ResumeBuilder</name>
    <message>
        <source>Resume: %1</source>
        <translation>Lebenslauf: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lebenslauf</translation>
    </message>
    <message>
        <source>Resume for a role in %1</source>
        <translation>Lebenslauf für eine Stelle in %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kenntnisse</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Stack: %1</source>
        <translation>Technologien: %1</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Berufserfahrung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Courses: %1</source>
        <translation>Kurse: %1</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n Fähigkeit</numerusform>
            <numerusform>%n Fähigkeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n Stelle</numerusform>
            <numerusform>%n Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n education entry(s)</source>
        <translation>
            <numerusform>%n Ausbildungseintrag</numerusform>
            <numerusform>%n Ausbildungseinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s)</source>
        <translation>
            <numerusform>%n Zertifizierung</numerusform>
            <numerusform>%n Zertifizierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n language(s)</source>
        <translation>
            <numerusform>%n Sprache</numerusform>
            <numerusform>%n Sprachen</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out to fit two pages, least relevant to the target role first: %1.</source>
        <translation>Für zwei Seiten weggelassen, zuerst das für die Zielrolle am wenigsten Relevante: %1.</translation>
    </message>
    <message>
        <source>Left out to fit two pages, least relevant first: %1.</source>
        <translation>Für zwei Seiten weggelassen, zuerst das am wenigsten Relevante: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeStore</name>
    <message>
        <source>The profile cannot be read: %1</source>
        <translation>Das Profil kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The profile links cannot be read: %1</source>
        <translation>Die Profil-Links können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The resume cannot be read: %1</source>
        <translation>Der Lebenslauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The profile could not be saved</source>
        <translation>Das Profil konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The links could not be saved</source>
        <translation>Die Links konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The job could not be added</source>
        <translation>Die Stelle konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>The job could not be saved</source>
        <translation>Die Stelle konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The job could not be removed</source>
        <translation>Die Stelle konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>The work history could not be reordered</source>
        <translation>Der Berufsweg konnte nicht umsortiert werden</translation>
    </message>
    <message>
        <source>The education could not be added</source>
        <translation>Die Ausbildung konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>The education could not be saved</source>
        <translation>Die Ausbildung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The education could not be removed</source>
        <translation>Die Ausbildung konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>The education could not be reordered</source>
        <translation>Die Ausbildung konnte nicht umsortiert werden</translation>
    </message>
    <message>
        <source>The language could not be added</source>
        <translation>Die Sprache konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>The language could not be saved</source>
        <translation>Die Sprache konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The language could not be removed</source>
        <translation>Die Sprache konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>The languages could not be reordered</source>
        <translation>Die Sprachen konnten nicht umsortiert werden</translation>
    </message>
    <message>
        <source>The postal address cannot be read: %1</source>
        <translation>Die Postanschrift kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The postal address could not be saved</source>
        <translation>Die Postanschrift wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ResumeValidator</name>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Anfangsdatum.</translation>
    </message>
    <message>
        <source>Enter a web address that starts with https:// or http://.</source>
        <translation>Geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt.</translation>
    </message>
    <message>
        <source>Enter the employer.</source>
        <translation>Geben Sie den Arbeitgeber ein.</translation>
    </message>
    <message>
        <source>Enter the institution.</source>
        <translation>Geben Sie die Einrichtung ein.</translation>
    </message>
    <message>
        <source>Enter the language.</source>
        <translation>Geben Sie die Sprache ein.</translation>
    </message>
    <message>
        <source>Name the site, e.g. GitHub or LinkedIn.</source>
        <translation>Nennen Sie die Seite, z. B. GitHub oder LinkedIn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code: use two letters such as DE or US.</source>
        <translation>„%1“ ist kein Ländercode: Verwenden Sie zwei Buchstaben wie DE oder US.</translation>
    </message>
</context>
<context>
    <name>RoadmapEditActions</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>Neue Fähigkeit</translation>
    </message>
    <message>
        <source>Add Skill &quot;%1&quot;</source>
        <translation>Fähigkeit „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>First stage</source>
        <translation>Erste Phase</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence link(s) and %1 go with it.</source>
        <translation>
            <numerusform>Damit werden %n Nachweis-Verknüpfung und %1 entfernt.</numerusform>
            <numerusform>Damit werden %n Nachweis-Verknüpfungen und %1 entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the skill &quot;%1&quot;?</source>
        <translation>Die Fähigkeit „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n skill(s)?</source>
        <translation>
            <numerusform>%n Fähigkeit löschen?</numerusform>
            <numerusform>%n Fähigkeiten löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Skills</source>
        <translation>Fähigkeiten löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage &quot;%1&quot; and its %n skill(s)?</source>
        <translation>
            <numerusform>Die Phase „%1“ und ihre %n Fähigkeit löschen?</numerusform>
            <numerusform>Die Phase „%1“ und ihre %n Fähigkeiten löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the category &quot;%1&quot; and its %n skill(s)?</source>
        <translation>
            <numerusform>Die Kategorie „%1“ und ihre %n Fähigkeit löschen?</numerusform>
            <numerusform>Die Kategorie „%1“ und ihre %n Fähigkeiten löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Delete Category</source>
        <translation>Kategorie löschen</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Sie können dies mit Bearbeiten &gt; Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n study session(s) (%1)</source>
        <extracomment>%1 is a number of hours, e.g. &quot;12.5 hours&quot;</extracomment>
        <translation>
            <numerusform>%n Lerneinheit (%1)</numerusform>
            <numerusform>%n Lerneinheiten (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoadmapStore</name>
    <message>
        <source>The skills cannot be read: %1</source>
        <translation>Die Fähigkeiten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The skill&apos;s other names cannot be read: %1</source>
        <translation>Die anderen Namen der Fähigkeit können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The other names were not saved</source>
        <translation>Die anderen Namen wurden nicht gespeichert</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The skills&apos; other names cannot be read: %1</source>
        <translation>Die anderen Namen der Fähigkeiten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The weekly study budget cannot be read: %1</source>
        <translation>Das wöchentliche Lernbudget kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The hours per level cannot be read: %1</source>
        <translation>Die Stunden pro Stufe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The prerequisites cannot be read: %1</source>
        <translation>Die Voraussetzungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The skill&apos;s evidence cannot be read: %1</source>
        <translation>Die Nachweise der Fähigkeit können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The skill&apos;s study log cannot be read: %1</source>
        <translation>Das Lernprotokoll der Fähigkeit kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The study log cannot be read: %1</source>
        <translation>Das Lernprotokoll kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RoadmapTemplateFiles</name>
    <message>
        <source>Roadmap templates (*.json);;All files (*)</source>
        <translation>Roadmap-Vorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Roadmap Template</source>
        <translation>Roadmap-Vorlage exportieren</translation>
    </message>
    <message>
        <source>%1 roadmap</source>
        <translation>Roadmap %1</translation>
    </message>
    <message>
        <source>The roadmap cannot be read: %1</source>
        <translation>Die Roadmap kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Stages, categories and skills with their targets and priorities, exported from Career Workbench.</source>
        <translation>Phasen, Kategorien und Fähigkeiten mit ihren Zielen und Prioritäten, exportiert aus Career Workbench.</translation>
    </message>
    <message>
        <source>%1 was not written: %2. Any file already there is unchanged.</source>
        <translation>%1 wurde nicht geschrieben: %2. Eine bereits vorhandene Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>New Workbench from Template</source>
        <translation>Neue Workbench aus Vorlage</translation>
    </message>
    <message>
        <source>Template Refused</source>
        <translation>Vorlage abgelehnt</translation>
    </message>
    <message>
        <source>This roadmap template cannot be used: %1. Nothing was created or changed.</source>
        <translation>Diese Roadmap-Vorlage kann nicht verwendet werden: %1. Es wurde nichts angelegt oder geändert.</translation>
    </message>
    <message>
        <source>Save the New Workbench As</source>
        <translation>Neue Workbench speichern unter</translation>
    </message>
    <message>
        <source>%1 already exists. A new workbench never replaces a file; choose a new name.</source>
        <translation>%1 ist bereits vorhanden. Eine neue Workbench ersetzt nie eine Datei; wählen Sie einen neuen Namen.</translation>
    </message>
</context>
<context>
    <name>RoiPreview</name>
    <message>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <source>Try a different tax rate or horizon here: they are not saved. The stored assumptions are in Edit &gt; Preferences.</source>
        <translation>Probieren Sie hier einen anderen Steuersatz oder Zeithorizont aus: Diese Werte werden nicht gespeichert. Die gespeicherten Annahmen finden Sie unter Bearbeiten &gt; Einstellungen.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Income tax rate:</source>
        <translation>Einkommensteuersatz:</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>Zeithorizont:</translation>
    </message>
    <message>
        <source>Total cost:</source>
        <translation>Gesamtkosten:</translation>
    </message>
    <message>
        <source>of which time cost:</source>
        <translation>davon Zeitkosten:</translation>
    </message>
    <message>
        <source>Benefit a year after tax:</source>
        <translation>Nutzen pro Jahr nach Steuern:</translation>
    </message>
    <message>
        <source>ROI:</source>
        <translation>ROI:</translation>
    </message>
    <message>
        <source>Payback:</source>
        <translation>Amortisation:</translation>
    </message>
    <message>
        <source>NPV:</source>
        <translation>Kapitalwert:</translation>
    </message>
    <message>
        <source>Value per study hour:</source>
        <translation>Wert pro Lernstunde:</translation>
    </message>
    <message>
        <source>What each study hour returns over the horizon after the exam, materials and renewals: compare it with the value of an hour of your time.</source>
        <translation>Was jede Lernstunde über den Zeithorizont nach Abzug von Prüfung, Lernmaterial und Erneuerungen einbringt: Vergleichen Sie dies mit dem Wert einer Stunde Ihrer Zeit.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>no study hours</source>
        <translation>keine Lernstunden</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
</context>
<context>
    <name>RoiSettingsPanel</name>
    <message>
        <source>How certifications are ranked by return. These assumptions are kept in this workbench file.</source>
        <translation>Wie Zertifizierungen nach Rendite geordnet werden. Diese Annahmen werden in dieser Workbench-Datei gespeichert.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Zeithorizont:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Income &amp;tax rate:</source>
        <translation>&amp;Einkommensteuersatz:</translation>
    </message>
    <message>
        <source> % a year</source>
        <translation> % pro Jahr</translation>
    </message>
    <message>
        <source>&amp;Discount rate:</source>
        <translation>&amp;Abzinsungssatz:</translation>
    </message>
    <message>
        <source>Derive from the current salary (salary / 2,080 hours)</source>
        <translation>Aus dem aktuellen Gehalt ableiten (Gehalt / 2.080 Stunden)</translation>
    </message>
    <message>
        <source>Value of a study hour:</source>
        <translation>Wert einer Lernstunde:</translation>
    </message>
    <message>
        <source>Your profile&apos;s salary of %1 gives %2 an hour.</source>
        <translation>Das Gehalt von %1 aus Ihrem Profil ergibt %2 pro Stunde.</translation>
    </message>
    <message>
        <source>Your profile has no salary yet, so study time counts as free. Set a salary in the profile or a value here.</source>
        <translation>Ihr Profil enthält noch kein Gehalt, daher gilt Lernzeit als kostenlos. Legen Sie im Profil ein Gehalt oder hier einen Wert fest.</translation>
    </message>
    <message>
        <source>The certification assumptions could not be saved: %1</source>
        <translation>Die Annahmen für Zertifizierungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>The certification assumptions cannot be read: %1</source>
        <translation>Die Annahmen für Zertifizierungen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ScanRepoCommand</name>
    <message>
        <source>Scan the folder DIR for the readiness checklist (README, tests, CI, secrets ...), print it with its evidence and exit.</source>
        <translation>Den Ordner DIR auf die Bereitschafts-Checkliste prüfen (README, Tests, CI, Geheimnisse …), sie mit ihren Belegen ausgeben und beenden.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>With --scan-repo: exit with 1 when the score is below N (0-100).</source>
        <translation>Mit --scan-repo: mit 1 beenden, wenn die Punktzahl unter N liegt (0–100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--scan-repo needs a folder.</source>
        <translation>--scan-repo braucht einen Ordner.</translation>
    </message>
    <message>
        <source>--fail-under needs a whole number from 0 to 100.</source>
        <translation>--fail-under braucht eine ganze Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>Readiness %1 is below %2.</source>
        <translation>Bereitschaft %1 liegt unter %2.</translation>
    </message>
    <message>
        <source>Readiness of %1: %2 of 100</source>
        <translation>Bereitschaft von %1: %2 von 100</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>… und %n weiterer Fund</numerusform>
            <numerusform>… und %n weitere Funde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Log Interview Session</source>
        <translation>Interview eintragen</translation>
    </message>
    <message>
        <source>Edit Interview Session</source>
        <translation>Interview bearbeiten</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Questions and Notes</source>
        <translation>Fragen und Notizen</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>The session has a time</source>
        <translation>Das Interview hat eine Uhrzeit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Mock interview</source>
        <translation>Übungsinterview</translation>
    </message>
    <message>
        <source>Real interview</source>
        <translation>Echtes Interview</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>New Format...</source>
        <translation>Neues Format...</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Self-practice</source>
        <translation>Selbstübung</translation>
    </message>
    <message>
        <source>A peer</source>
        <translation>Eine andere Person</translation>
    </message>
    <message>
        <source>A platform</source>
        <translation>Eine Plattform</translation>
    </message>
    <message>
        <source>Name of the peer or platform</source>
        <translation>Name der Person oder Plattform</translation>
    </message>
    <message>
        <source>Name (peer or platform)</source>
        <translation>Name (Person oder Plattform)</translation>
    </message>
    <message>
        <source>&amp;Run by:</source>
        <translation>&amp;Geführt von:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>Be&amp;werbung:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Dau&amp;er:</translation>
    </message>
    <message>
        <source>&amp;Self score (1-5):</source>
        <translation>&amp;Selbstbewertung (1-5):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Interviewer score:</source>
        <translation>Bewertung des &amp;Interviewers:</translation>
    </message>
    <message>
        <source>Topics, each with its own score:</source>
        <translation>Themen, jedes mit eigener Bewertung:</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Eine Frage pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Questions asked:</source>
        <translation>Gestellte &amp;Fragen:</translation>
    </message>
    <message>
        <source>What went &amp;well:</source>
        <translation>Was gut &amp;lief:</translation>
    </message>
    <message>
        <source>What to im&amp;prove:</source>
        <translation>Was zu &amp;verbessern ist:</translation>
    </message>
    <message>
        <source>One action per line</source>
        <translation>Eine Aufgabe pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Action items:</source>
        <translation>&amp;Aufgaben:</translation>
    </message>
    <message>
        <source>Question bank (double-click adds the question):</source>
        <translation>Fragensammlung (Doppelklick übernimmt die Frage):</translation>
    </message>
    <message>
        <source>Search the question bank</source>
        <translation>Fragensammlung durchsuchen</translation>
    </message>
    <message>
        <source>Search the bank</source>
        <translation>Sammlung durchsuchen</translation>
    </message>
    <message>
        <source>Questions in the bank</source>
        <translation>Fragen in der Sammlung</translation>
    </message>
    <message>
        <source>New Format</source>
        <translation>Neues Format</translation>
    </message>
    <message>
        <source>Name of the interview format:</source>
        <translation>Name des Interviewformats:</translation>
    </message>
    <message>
        <source>The question bank cannot be searched: %1</source>
        <translation>Die Fragensammlung kann nicht durchsucht werden: %1</translation>
    </message>
</context>
<context>
    <name>SkillAliasRepository</name>
    <message>
        <source>a skill has at most %1 other names</source>
        <translation>eine Fähigkeit hat höchstens %1 andere Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>„%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>the skill no longer exists</source>
        <translation>die Fähigkeit existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>SkillCommands</name>
    <message>
        <source>Add Stage &quot;%1&quot;</source>
        <translation>Phase „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add Category &quot;%1&quot;</source>
        <translation>Kategorie „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add Skill &quot;%1&quot;</source>
        <translation>Fähigkeit „%1“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Log %n Minute(s) of Study</source>
        <translation>
            <numerusform>%n Minute Lernzeit erfassen</numerusform>
            <numerusform>%n Minuten Lernzeit erfassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Stage &quot;%1&quot;</source>
        <translation>Phase „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete Category &quot;%1&quot;</source>
        <translation>Kategorie „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete Skill &quot;%1&quot;</source>
        <translation>Fähigkeit „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Skill(s)</source>
        <translation>
            <numerusform>%n Fähigkeit löschen</numerusform>
            <numerusform>%n Fähigkeiten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Study Session</source>
        <translation>Lerneinheit löschen</translation>
    </message>
    <message>
        <source>Link &quot;%1&quot;</source>
        <translation>„%1“ verknüpfen</translation>
    </message>
    <message>
        <source>Unlink &quot;%1&quot;</source>
        <translation>Verknüpfung mit „%1“ lösen</translation>
    </message>
    <message>
        <source>Move Skill &quot;%1&quot;</source>
        <translation>Fähigkeit „%1“ verschieben</translation>
    </message>
    <message>
        <source>Rename Stage &quot;%1&quot;</source>
        <translation>Phase „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Rename Category &quot;%1&quot;</source>
        <translation>Kategorie „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Reorder Stages</source>
        <translation>Phasen neu anordnen</translation>
    </message>
    <message>
        <source>Reorder Categories</source>
        <translation>Kategorien neu anordnen</translation>
    </message>
    <message>
        <source>Change Prerequisites of &quot;%1&quot;</source>
        <translation>Voraussetzungen von „%1“ ändern</translation>
    </message>
    <message>
        <source>Rename Skill &quot;%1&quot;</source>
        <translation>Fähigkeit „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Edit Description of &quot;%1&quot;</source>
        <translation>Beschreibung von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit Notes of &quot;%1&quot;</source>
        <translation>Notizen zu „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Change Level of &quot;%1&quot;</source>
        <translation>Stufe von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change Target of &quot;%1&quot;</source>
        <translation>Ziel von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change Priority of &quot;%1&quot;</source>
        <translation>Priorität von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change Status of &quot;%1&quot;</source>
        <translation>Status von „%1“ ändern</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Skill(s) from the Built-in Roadmap</source>
        <translation>
            <numerusform>%n Fähigkeit aus der eingebauten Roadmap hinzufügen</numerusform>
            <numerusform>%n Fähigkeiten aus der eingebauten Roadmap hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Other Names of &quot;%1&quot;</source>
        <translation>Andere Namen von „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>SkillDetailsPanel</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Select a skill to see its description, notes, prerequisites, evidence and study log.</source>
        <translation>Wählen Sie eine Fähigkeit aus, um Beschreibung, Notizen, Voraussetzungen, Nachweise und Lernprotokoll zu sehen.</translation>
    </message>
    <message>
        <source>Your own notes: resources, what to practise, what you built.</source>
        <translation>Ihre eigenen Notizen: Quellen, was Sie üben wollen, was Sie gebaut haben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unproven.&lt;/b&gt; At level 3 or above this is a claim a hiring manager cannot verify. Link a project, an earned certification or an interview topic that shows it (Evidence tab).</source>
        <translation>&lt;b&gt;Unbelegt.&lt;/b&gt; Ab Stufe 3 ist das eine Behauptung, die Personalverantwortliche nicht überprüfen können. Verknüpfen Sie ein Projekt, eine erworbene Zertifizierung oder ein Interview-Thema, das sie belegt (Reiter „Nachweise“).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Skill that comes first</source>
        <translation>Fähigkeit, die zuerst kommt</translation>
    </message>
    <message>
        <source>&amp;Prerequisites:</source>
        <translation>&amp;Voraussetzungen:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Study Log</source>
        <translation>Lernprotokoll</translation>
    </message>
    <message numerus="yes">
        <source>Still %n level(s) below its target</source>
        <translation>
            <numerusform>Noch %n Stufe unter ihrem Ziel</numerusform>
            <numerusform>Noch %n Stufen unter ihrem Ziel</numerusform>
        </translation>
    </message>
    <message>
        <source>No skill is called &quot;%1&quot;.</source>
        <translation>Keine Fähigkeit heißt „%1“.</translation>
    </message>
    <message>
        <source>A skill cannot come before itself.</source>
        <translation>Eine Fähigkeit kann nicht vor sich selbst kommen.</translation>
    </message>
    <message>
        <source>%1 is already a prerequisite.</source>
        <translation>%1 ist bereits eine Voraussetzung.</translation>
    </message>
    <message>
        <source>%1 already needs %2 first, so it cannot also come before it.</source>
        <translation>%1 setzt bereits %2 voraus und kann daher nicht auch davor kommen.</translation>
    </message>
    <message>
        <source>Other names, separated by commas</source>
        <translation>Andere Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>What job postings may call this skill (e.g. &quot;torch&quot; for PyTorch, &quot;k8s&quot; for Kubernetes). The Job Match page finds the skill by these names too, whatever their case.</source>
        <translation>Wie Stellenanzeigen diese Fähigkeit nennen können (z. B. „torch“ für PyTorch, „k8s“ für Kubernetes). Die Seite Stellenabgleich findet die Fähigkeit auch unter diesen Namen, gleich in welcher Schreibweise.</translation>
    </message>
    <message>
        <source>Also &amp;known as:</source>
        <translation>Auch be&amp;kannt als:</translation>
    </message>
    <message>
        <source>“%1” is also a name of %2.</source>
        <translation>„%1“ ist auch ein Name von %2.</translation>
    </message>
    <message>
        <source>A posting that says it counts for one of these skills only.</source>
        <translation>Eine Stellenanzeige, die ihn nennt, zählt nur für eine dieser Fähigkeiten.</translation>
    </message>
</context>
<context>
    <name>SkillItemDelegate</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>SkillLinkWidget</name>
    <message>
        <source>Filter skills</source>
        <translation>Fähigkeiten filtern</translation>
    </message>
    <message>
        <source>The roadmap has no skills yet.</source>
        <translation>Die Roadmap enthält noch keine Fähigkeiten.</translation>
    </message>
    <message>
        <source>1 skill covered</source>
        <translation>1 Fähigkeit abgedeckt</translation>
    </message>
    <message>
        <source>%1 skills covered</source>
        <translation>%1 Fähigkeiten abgedeckt</translation>
    </message>
    <message>
        <source>Roadmap skills</source>
        <translation>Fähigkeiten der Roadmap</translation>
    </message>
</context>
<context>
    <name>SkillRepository</name>
    <message>
        <source>The skill no longer exists.</source>
        <translation>Die Fähigkeit existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>SkillText</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Aware</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Anfänger</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Anwender</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erfahren</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Experte</translation>
    </message>
    <message>
        <source>0 - None: not looked at yet.</source>
        <translation>0 - Keine: noch nicht angesehen.</translation>
    </message>
    <message>
        <source>1 - Aware: you know what it is for and have read or watched an introduction.</source>
        <translation>1 - Überblick: Sie wissen, wofür es da ist, und haben eine Einführung gelesen oder angesehen.</translation>
    </message>
    <message>
        <source>2 - Beginner: you have followed tutorials and can do simple tasks with help.</source>
        <translation>2 - Anfänger: Sie haben Tutorials durchgearbeitet und können einfache Aufgaben mit Hilfe erledigen.</translation>
    </message>
    <message>
        <source>3 - Working: you use it on real work without help and can show the result.</source>
        <translation>3 - Anwender: Sie setzen es ohne Hilfe bei echter Arbeit ein und können das Ergebnis zeigen.</translation>
    </message>
    <message>
        <source>4 - Advanced: you handle the hard cases, review others&apos; work and teach it.</source>
        <translation>4 - Erfahren: Sie meistern die schwierigen Fälle, prüfen die Arbeit anderer und vermitteln es.</translation>
    </message>
    <message>
        <source>5 - Expert: you design with it, lead others and are known for it.</source>
        <translation>5 - Experte: Sie entwerfen damit, leiten andere an und sind dafür bekannt.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Wird gelernt</translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Beherrscht</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Interview topic</source>
        <translation>Interview-Thema</translation>
    </message>
    <message>
        <source>Level %1 says you have started, but the status is &quot;%2&quot;: &quot;%3&quot; fits.</source>
        <translation>Stufe %1 heißt, dass du begonnen hast, aber der Status ist „%2“: „%3“ passt.</translation>
    </message>
    <message>
        <source>The target is reached, but the status is &quot;%1&quot;: &quot;%2&quot; fits.</source>
        <translation>Das Ziel ist erreicht, aber der Status ist „%1“: „%2“ passt.</translation>
    </message>
</context>
<context>
    <name>SkillValidator</name>
    <message>
        <source>Give the skill a name.</source>
        <translation>Geben Sie der Fähigkeit einen Namen.</translation>
    </message>
    <message>
        <source>Choose the stage the skill belongs to.</source>
        <translation>Wählen Sie die Stufe, zu der die Fähigkeit gehört.</translation>
    </message>
    <message>
        <source>The level must be between 0 and %1.</source>
        <translation>Das Niveau muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>The target must be between 0 and %1.</source>
        <translation>Das Ziel muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>The priority must be between 1 (low) and 4 (critical).</source>
        <translation>Die Priorität muss zwischen 1 (niedrig) und 4 (kritisch) liegen.</translation>
    </message>
    <message>
        <source>A skill cannot be its own prerequisite.</source>
        <translation>Eine Fähigkeit kann nicht ihre eigene Voraussetzung sein.</translation>
    </message>
</context>
<context>
    <name>SkillsCharts</name>
    <message>
        <source>Level against target, per category</source>
        <translation>Stufe im Vergleich zum Ziel, je Kategorie</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message numerus="yes">
        <source>%1: level %2, target %3 (mean of %n skill(s))</source>
        <translation>
            <numerusform>%1: Stufe %2, Ziel %3 (Mittel aus %n Fähigkeit)</numerusform>
            <numerusform>%1: Stufe %2, Ziel %3 (Mittel aus %n Fähigkeiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 largest gaps</source>
        <translation>Die %1 größten Lücken</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message numerus="yes">
        <source>%1: level %2 of %3, %n level(s) to go</source>
        <translation>
            <numerusform>%1: Stufe %2 von %3, noch %n Stufe</numerusform>
            <numerusform>%1: Stufe %2 von %3, noch %n Stufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Study hours per week</source>
        <translation>Lernstunden pro Woche</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Study hours per week (budget %1)</source>
        <translation>Lernstunden pro Woche (Budget %1)</translation>
    </message>
    <message>
        <source>Budget: %1 a week</source>
        <translation>Budget: %1 pro Woche</translation>
    </message>
    <message>
        <source>Week of %1: %2</source>
        <translation>Woche ab %1: %2</translation>
    </message>
</context>
<context>
    <name>SkillsFilterBar</name>
    <message>
        <source>&amp;Gaps only</source>
        <translation>Nur &amp;Lücken</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Nach Phase</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>Group the skills by roadmap stage or by category</source>
        <translation>Fähigkeiten nach Roadmap-Phase oder nach Kategorie gruppieren</translation>
    </message>
    <message>
        <source>Filter skills</source>
        <translation>Fähigkeiten filtern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Show only skills below their target (skipped ones hidden)</source>
        <translation>Nur Fähigkeiten unter ihrem Ziel anzeigen (übersprungene ausgeblendet)</translation>
    </message>
</context>
<context>
    <name>SkillsModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s), %1, %2</source>
        <translation>
            <numerusform>%n Projekt, %1, %2</numerusform>
            <numerusform>%n Projekte, %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earned certification(s)</source>
        <translation>
            <numerusform>%n erworbene Zertifizierung</numerusform>
            <numerusform>%n erworbene Zertifizierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview topic(s)</source>
        <translation>
            <numerusform>%n Interview-Thema</numerusform>
            <numerusform>%n Interview-Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked certification(s) not earned yet (not evidence until earned)</source>
        <translation>
            <numerusform>%n verknüpfte Zertifizierung noch nicht erworben (erst nach dem Erwerb ein Nachweis)</numerusform>
            <numerusform>%n verknüpfte Zertifizierungen noch nicht erworben (erst nach dem Erwerb ein Nachweis)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unproven: level %1 is a claim a hiring manager cannot verify. Link a project, an earned certification or an interview topic that shows it.</source>
        <translation>Unbelegt: Stufe %1 ist eine Behauptung, die Personalverantwortliche nicht überprüfen können. Verknüpfen Sie ein Projekt, eine erworbene Zertifizierung oder ein Interview-Thema, das sie belegt.</translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation>Unbelegt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Where you stand, 0 (none) to 5 (expert). Double-click to change.</source>
        <translation>Ihr aktueller Stand, von 0 (keine) bis 5 (Experte). Zum Ändern doppelklicken.</translation>
    </message>
    <message>
        <source>Levels between your level and the target.</source>
        <translation>Stufen zwischen Ihrer Stufe und dem Ziel.</translation>
    </message>
    <message>
        <source>Projects, earned certifications and interview topics that show the skill.</source>
        <translation>Projekte, erworbene Zertifizierungen und Interview-Themen, die die Fähigkeit belegen.</translation>
    </message>
    <message>
        <source>Hours logged in the study log.</source>
        <translation>Im Lernprotokoll erfasste Stunden.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Skill(s)</source>
        <translation>
            <numerusform>%n Fähigkeit verschieben</numerusform>
            <numerusform>%n Fähigkeiten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Change it in this cell (F2).</source>
        <translation>%1
In dieser Zelle ändern (F2).</translation>
    </message>
    <message>
        <source>%1 studied</source>
        <extracomment>%1 is a number of hours, e.g. &quot;12.5 hours&quot;</extracomment>
        <translation>%1 gelernt</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>Add &amp;Stage</source>
        <translation>&amp;Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Category</source>
        <translation>&amp;Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>Add S&amp;kill</source>
        <translation>&amp;Fähigkeit hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Export Roadmap Template...</source>
        <translation>Roadmap-Vorlage &amp;exportieren...</translation>
    </message>
    <message>
        <source>&amp;New Workbench from Template...</source>
        <translation>&amp;Neue Workbench aus Vorlage...</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>What to Learn Next</source>
        <translation>Als Nächstes lernen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Add a Stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add a Skill</source>
        <translation>Fähigkeit hinzufügen</translation>
    </message>
    <message>
        <source>New Workbench from Template...</source>
        <translation>Neue Workbench aus Vorlage...</translation>
    </message>
    <message>
        <source>The roadmap cannot be read: %1</source>
        <translation>Die Roadmap kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your roadmap is empty.&lt;/b&gt; Start with a stage, a step of your path such as &quot;Foundations&quot;, then add the skills it needs. Or start a new workbench from a roadmap template someone shared with you.</source>
        <translation>&lt;b&gt;Ihre Roadmap ist leer.&lt;/b&gt; Beginnen Sie mit einer Phase, einem Abschnitt Ihres Weges wie „Grundlagen“, und fügen Sie dann die Fähigkeiten hinzu, die er erfordert. Oder beginnen Sie eine neue Workbench aus einer Roadmap-Vorlage, die jemand mit Ihnen geteilt hat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No skills yet.&lt;/b&gt; Add the skills of your first stage: give each a target level, then set where you stand today.</source>
        <translation>&lt;b&gt;Noch keine Fähigkeiten.&lt;/b&gt; Fügen Sie die Fähigkeiten Ihrer ersten Phase hinzu: Geben Sie jeder eine Zielstufe und legen Sie dann fest, wo Sie heute stehen.</translation>
    </message>
    <message>
        <source>Skills are ordered within their stage: group by stage to move them.</source>
        <translation>Fähigkeiten sind innerhalb ihrer Phase geordnet: Gruppieren Sie nach Phase, um sie zu verschieben.</translation>
    </message>
    <message>
        <source>Roadmap template written to %1</source>
        <translation>Roadmap-Vorlage in %1 gespeichert</translation>
    </message>
    <message>
        <source>Add What the &amp;Built-in Roadmap Has...</source>
        <translation>Fehlendes aus der eingebauten Roadmap &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>Offer the skills the built-in roadmap has and yours lacks</source>
        <translation>Die Fähigkeiten anbieten, die die eingebaute Roadmap hat und Ihrer fehlen</translation>
    </message>
    <message>
        <source>Add what the built-in roadmap has, share the roadmap as a template, or start a new workbench from one</source>
        <translation>Ergänzen, was die eingebaute Roadmap hat, die Roadmap als Vorlage weitergeben oder eine neue Workbench aus einer Vorlage beginnen</translation>
    </message>
</context>
<context>
    <name>SkillsSettingsPanel</name>
    <message>
        <source>Weekly study &amp;budget:</source>
        <translation>Wöchentliches Lern&amp;budget:</translation>
    </message>
    <message>
        <source>&amp;Hours per level:</source>
        <translation>&amp;Stunden pro Stufe:</translation>
    </message>
    <message>
        <source>Each stage&apos;s completion date assumes the stages are studied in order, each missing level takes the hours per level, and you study the weekly budget. A budget of 0 shows no dates.</source>
        <translation>Das Abschlussdatum jeder Phase setzt voraus, dass Sie die Phasen der Reihe nach lernen, jede fehlende Stufe die Stunden pro Stufe braucht und Sie das wöchentliche Budget einhalten. Bei einem Budget von 0 werden keine Termine angezeigt.</translation>
    </message>
    <message>
        <source>Hours per level must be more than 0.</source>
        <translation>Die Stunden pro Stufe müssen größer als 0 sein.</translation>
    </message>
    <message>
        <source>The skills settings could not be saved: %1</source>
        <translation>Die Einstellungen für Fähigkeiten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>The study settings cannot be read: %1</source>
        <translation>Die Lerneinstellungen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SkillsTreeView</name>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
</context>
<context>
    <name>SqlHelpers</name>
    <message>
        <source>the workbench file is not open</source>
        <translation>die Workbench-Datei ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>StageProgressWidget</name>
    <message>
        <source>no targets</source>
        <translation>keine Ziele</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>no weekly study budget set</source>
        <translation>kein wöchentliches Lernbudget festgelegt</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>%1 of %2 levels</source>
        <translation>%1 von %2 Stufen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall:&lt;/b&gt; %1 of %2 target levels reached (%3%) - roadmap complete %4</source>
        <translation>&lt;b&gt;Gesamt:&lt;/b&gt; %1 von %2 Zielstufen erreicht (%3 %) - Roadmap-Abschluss: %4</translation>
    </message>
    <message>
        <source> - %1</source>
        <translation> – %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall:&lt;/b&gt; %1 of %2 target levels reached (%3%) - roadmap complete %4 %5</source>
        <translation>&lt;b&gt;Gesamt:&lt;/b&gt; %1 von %2 Zielstufen erreicht (%3 %) - Roadmap-Abschluss: %4 %5</translation>
    </message>
    <message numerus="yes">
        <source>at your pace of %1 a week over the last %n week(s) (budget %2)</source>
        <translation>
            <numerusform>bei Ihrem Tempo von %1 pro Woche über %n Woche (Budget %2)</numerusform>
            <numerusform>bei Ihrem Tempo von %1 pro Woche in den letzten %n Wochen (Budget %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>at your budget of %1 a week (too little study logged yet to use your pace)</source>
        <translation>bei Ihrem Budget von %1 pro Woche (noch zu wenig Lernzeit erfasst, um Ihr Tempo zu verwenden)</translation>
    </message>
    <message>
        <source>%1 to go at %2 per level and %3 of study a week.</source>
        <extracomment>%1, %2 and %3 are numbers of hours, e.g. &quot;12.5 hours&quot;</extracomment>
        <translation>Noch %1 bei %2 pro Stufe und %3 Lernzeit pro Woche.</translation>
    </message>
    <message>
        <source>%1
%2; %3 to go (%4 counting the stages before it).</source>
        <extracomment>%3 and %4 are numbers of hours, e.g. &quot;12.5 hours&quot;</extracomment>
        <translation>%1
%2; noch %3 (%4 einschließlich der vorherigen Phasen).</translation>
    </message>
</context>
<context>
    <name>StudyHeatmap</name>
    <message>
        <source>Study by day</source>
        <translation>Lernzeit nach Tagen</translation>
    </message>
    <message>
        <source>%1: studied %2</source>
        <translation>%1: %2 gelernt</translation>
    </message>
    <message>
        <source>%1: no study logged</source>
        <translation>%1: keine Lernzeit erfasst</translation>
    </message>
    <message numerus="yes">
        <source>In the last %n week(s)</source>
        <translation>
            <numerusform>In der letzten %n Woche</numerusform>
            <numerusform>In den letzten %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no study was logged.</source>
        <translation>%1 wurde keine Lernzeit erfasst.</translation>
    </message>
    <message>
        <source>%1 you studied on %2 of %3 days, %4 in all; the most on %5 (%6).</source>
        <translation>%1 haben Sie an %2 von %3 Tagen gelernt, insgesamt %4; am meisten am %5 (%6).</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
</context>
<context>
    <name>StudyLogWidget</name>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What you studied (optional)</source>
        <translation>Was Sie gelernt haben (optional)</translation>
    </message>
    <message>
        <source>No study time logged for this skill yet.</source>
        <translation>Für diese Fähigkeit ist noch keine Lernzeit erfasst.</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>St&amp;unden:</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 in all</source>
        <translation>
            <numerusform>%n Lerneinheit, insgesamt %1</numerusform>
            <numerusform>%n Lerneinheiten, insgesamt %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudySessionValidator</name>
    <message>
        <source>Choose the skill or certification you studied for.</source>
        <translation>Wählen Sie die Fähigkeit oder Zertifizierung, für die Sie gelernt haben.</translation>
    </message>
    <message>
        <source>Enter the day you studied.</source>
        <translation>Geben Sie den Tag ein, an dem Sie gelernt haben.</translation>
    </message>
    <message>
        <source>Study time must be more than 0 and at most 24 hours.</source>
        <translation>Die Lernzeit muss mehr als 0 und höchstens 24 Stunden betragen.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling %1...</source>
        <translation>%1 wird abgebrochen ...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TextDocumentBuilder</name>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>TopicScoresWidget</name>
    <message>
        <source>Add Topic</source>
        <translation>Thema hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Topic to add</source>
        <translation>Hinzuzufügendes Thema</translation>
    </message>
    <message>
        <source>Topic, e.g. Transformers</source>
        <translation>Thema, z. B. Transformer</translation>
    </message>
    <message>
        <source>Topics and their scores</source>
        <translation>Themen und ihre Bewertungen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Score of %1</source>
        <translation>Bewertung von %1</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>UpcomingList</name>
    <message numerus="yes">
        <source>&lt;b&gt;Next %n days&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Nächster %n Tag&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Nächste %n Tage&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No exams, expiries or renewals in the next %n days.</source>
        <translation>
            <numerusform>Keine Prüfungen, Abläufe oder Erneuerungen innerhalb von %n Tag.</numerusform>
            <numerusform>Keine Prüfungen, Abläufe oder Erneuerungen in den nächsten %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2
%3, %4</source>
        <translation>%1: %2
%3, %4</translation>
    </message>
    <message>
        <source>Exams, expiries and renewals due</source>
        <translation>Fällige Prüfungen, Abläufe und Verlängerungen</translation>
    </message>
</context>
<context>
    <name>WorkHistoryEditor</name>
    <message>
        <source>Jobs</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>&amp;Add job</source>
        <translation>&amp;Stelle hinzufügen</translation>
    </message>
    <message>
        <source>No jobs yet. Add the jobs your resume should list.</source>
        <translation>Noch keine Stellen. Fügen Sie die Stellen hinzu, die Ihr Lebenslauf nennen soll.</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>Leave unset for the job you have now.</source>
        <translation>Für Ihre aktuelle Stelle leer lassen.</translation>
    </message>
    <message>
        <source>One achievement per line, with a number where you can: &quot;Cut report time from 2 days to 2 hours&quot;</source>
        <translation>Ein Erfolg pro Zeile, wo möglich mit Zahl: „Berichtszeit von 2 Tagen auf 2 Stunden gesenkt“</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>Pos&amp;ition:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Webadresse:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>Begonne&amp;n:</translation>
    </message>
    <message>
        <source>E&amp;nded:</source>
        <translation>Beende&amp;t:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A job in the list: &quot;Position, Employer&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Edit job at %1</source>
        <translation>Stelle bei %1 bearbeiten</translation>
    </message>
    <message>
        <source>New employer</source>
        <translation>Neuer Arbeitgeber</translation>
    </message>
    <message>
        <source>Add job</source>
        <translation>Stelle hinzufügen</translation>
    </message>
    <message>
        <source>Remove job at %1</source>
        <translation>Stelle bei %1 entfernen</translation>
    </message>
    <message>
        <source>Reorder the work history</source>
        <translation>Berufsweg umsortieren</translation>
    </message>
    <message>
        <source>E&amp;mployer:</source>
        <translation>Arbeit&amp;geber:</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>H&amp;ighlights:</source>
        <translation>Er&amp;folge:</translation>
    </message>
</context>
<context>
    <name>WorkHistoryRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Career Workbench</source>
        <translation>Career Workbench</translation>
    </message>
</context>
</TS>
