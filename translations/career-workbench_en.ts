<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddFormatCommand</name>
    <message>
        <source>Add the format %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddMissingCommand</name>
    <message>
        <source>Add Missing Skills of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPostingCommand</name>
    <message>
        <source>Keep Posting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddProjectCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddQuestionCommand</name>
    <message>
        <source>Add a question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddQuestionsToBankCommand</name>
    <message>
        <source>Add the session&apos;s questions to the bank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressEditor</name>
    <message>
        <source>e.g. Hauptstraße 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State, province or county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two letters (ISO 3166-1), as JSON Resume keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only JSON Resume exports carry the postal address; the documents show the one-line location above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <source>Add Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company you applied to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job board, referral, recruiter ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Posting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message>
        <source>&amp;Add Application...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage to move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage, application, moves and interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications yet. Add one with &lt;b&gt;Add Application...&lt;/b&gt;; a real interview can then belong to it, and each move through the stages is dated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interviewer %1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self %1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many applications reached each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the application to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the application to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the application to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to %2. Edit &gt; Undo moves it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected application (Del). Its interviews stay, no longer linked to it; Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the application to %1 and the dates of its stage moves?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n interview(s) stay in the session list, no longer linked to an application.</source>
        <translation>
            <numerusform>Its %n interview stays in the session list, no longer linked to an application.</numerusform>
            <numerusform>Its %n interviews stay in the session list, no longer linked to an application.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job posting(s) made for it stay on the Job Match page, unlinked.</source>
        <translation>
            <numerusform>%n job posting made for it stays on the Job Match page, unlinked.</numerusform>
            <numerusform>%n job postings made for it stay on the Job Match page, unlinked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the application to %1; its interviews are kept. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applications cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaStore</name>
    <message>
        <source>the database refused the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 says what was not saved, %2 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no backup was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupImport</name>
    <message>
        <source>The backup has a table &quot;%1&quot; that this Career Workbench does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is in the backup twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; of the backup has a column &quot;%2&quot; that this Career Workbench does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table &quot;%2&quot; cannot be restored: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer Career Workbench (schema version %2; this one knows up to %3). Open it with a newer Career Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. A backup is only restored into a new file; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup is one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Career Workbench backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup has format version %1; this Career Workbench reads versions up to %2. Open it with a newer Career Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot;, &quot;version&quot; and &quot;schemaVersion&quot; must come before the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup has no tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tables&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table&apos;s name and columns must come before its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table needs &quot;name&quot;, &quot;columns&quot; and &quot;rows&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rows&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row must be a list of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row has more values than columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row has %1 values for %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes are written as {&quot;base64&quot;: &quot;...&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes are not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value (text, number, null or bytes) was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table gives &quot;%1&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuiltInAdditionsDialog</name>
    <message>
        <source>Add What the Built-in Roadmap Has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roadmap already has every skill of the built-in roadmap. There is nothing to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The built-in roadmap has %n skill(s) that yours lacks. The ticked ones are added; nothing already on your roadmap changes. Skills of a specialisation you have not chosen come without a target, as optional.</source>
        <translation>
            <numerusform>The built-in roadmap has %n skill that yours lacks. The ticked ones are added; nothing already on your roadmap changes. Skills of a specialisation you have not chosen come without a target, as optional.</numerusform>
            <numerusform>The built-in roadmap has %n skills that yours lacks. The ticked ones are added; nothing already on your roadmap changes. Skills of a specialisation you have not chosen come without a target, as optional.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skills to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a specialisation you have not chosen: added without a target. Give it one on the Skills page if you want it after all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Ticked Skills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behavioural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take-home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Career Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be read from the workbench: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Add from Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common AI, ML and cloud certifications to start from. Costs and study hours are &lt;b&gt;estimates written down on %1&lt;/b&gt;: check the issuer&apos;s page, then change the values to your own. Your values are never overwritten by the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam fee (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (already in your list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n Certifications</source>
        <translation>
            <numerusform>Add %n Certification</numerusform>
            <numerusform>Add %n Certifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Certification catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certification</name>
    <message>
        <source>Considering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificationEditor</name>
    <message>
        <source>Add Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs and Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credential ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started studying:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (your profile&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exam fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ther costs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renewal fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned study:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of current salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected salary &amp;uplift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked fields before saving (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs and hours started from the catalogue&apos;s estimates, written down on %1. Check them against the issuer&apos;s page; your values are kept as you enter them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earning this certification counts as evidence for the skills you tick.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificationStore</name>
    <message>
        <source>The certification could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study time could not be logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study time could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification cannot be read, so it was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study time logged against %1 cannot be read, so it was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification cannot be read, so it was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificationText</name>
    <message>
        <source>Set a horizon of at least one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs, hours and uplift cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax or discount rate is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>ROI as a percentage, e.g. &quot;483.3 %&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no payback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>over 100 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your salary in Edit &gt; Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the expected salary gain: Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing left to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs your salary</source>
        <extracomment>In the ROI column: the user&apos;s salary is not entered yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs salary gain</source>
        <extracomment>In the ROI column: the certification&apos;s expected salary gain is not entered yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check inputs</source>
        <extracomment>In the ROI column: an input is out of range (the tooltip says which)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificationValidator</name>
    <message>
        <source>The renewal period cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the salary gain as an amount or as a percentage, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the earned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be before %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificationsModel</name>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned, but the expiry date %1 has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logged of %2 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value over %1 at a %2 % discount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>logged of planned study hours, e.g. &quot;45 / 90 h&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam, materials, other costs, renewals inside the horizon and the value of the study time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return over the horizon: (benefit after tax x years - total cost) / total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months until the benefit after tax has covered the total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit after tax, discounted a year at a time, minus the total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours logged of the hours planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam, materials and other: %1
Renewals inside the horizon (%2): %3
Time cost (%4 at %5 an hour): %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <extracomment>money in two currencies that are not converted, e.g. &quot;$400 + 3.200 €&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs are in %1, your salary and the value of a study hour in %2: these figures add both without converting. Enter the costs in %2 for a true comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certifications cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificationsPage</name>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the certifications you are considering, track your study time and see which ones pay back, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from &amp;Catalogue...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Study...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certifications yet. Add one you are considering with &lt;b&gt;Add...&lt;/b&gt;, or start from a common AI, ML or cloud certification with &lt;b&gt;Add from Catalogue...&lt;/b&gt;; then give it an expected salary uplift to see when it pays back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Certification...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from Catalogue...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions: horizon %1, tax %2 %, discount %3 %, study hour %4 (Edit &gt; Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and the %2 of study time logged against it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n certifications from the catalogue</source>
        <translation>
            <numerusform>Add %n certification from the catalogue</numerusform>
            <numerusform>Add %n certifications from the catalogue</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 from the catalogue: check the estimated costs against the issuer&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 certifications from the catalogue: check the estimated costs against the issuer&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One certification has costs in a currency other than your salary&apos;s (%1): its cost and return add both without converting (marked in the ROI column). Enter its costs in %1 for a true comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certifications have costs in a currency other than your salary&apos;s (%1): their cost and return add both without converting (marked in the ROI column). Enter their costs in %1 for a true comparison.</source>
        <translation>
            <numerusform>%n certification has costs in a currency other than your salary&apos;s (%1): its cost and return add both without converting (marked in the ROI column). Enter its costs in %1 for a true comparison.</numerusform>
            <numerusform>%n certifications have costs in a currency other than your salary&apos;s (%1): their cost and return add both without converting (marked in the ROI column). Enter their costs in %1 for a true comparison.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap&apos;s skills cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certifications already added cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartDataDialog</name>
    <message>
        <source>Chart Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of the chart &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page shows no chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Open, update and fully verify an existing workbench without a window, print one line and exit. Never creates a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench FILE to open or work on (the app creates it when it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbench to open (the same as --database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one workbench file at a time, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the workbench either as --database FILE or as FILE, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 and --%2 do not go together: give one command at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes only with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not work on a workbench: leave out --database and FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (one at a time; without one the app starts its window):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 the work failed, 2 a mistake on the command line; a command may document others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for the commands and their options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareCharts</name>
    <message>
        <source>&amp;Rank by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a bar or line to see its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare yet: add certifications and give them an expected salary uplift to see which pay back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ROI %2, payback %3, NPV %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even: cumulative net value by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, month %2: %3 (payback %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (costs in %1 added to salary-based amounts without converting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: best %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net value (mixed currencies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n never pay(s) back)</source>
        <extracomment>chart title, e.g. &quot;Break-even: cumulative net value by month (2 never pay back)&quot;</extracomment>
        <translation>
            <numerusform>%1 (%n never pays back)</numerusform>
            <numerusform>%1 (%n never pay back)</numerusform>
        </translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>chart title and its unit, e.g. &quot;Break-even: cumulative net value by month · Net value (USD)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>e.g. Data analyst moving into AI engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Berlin, Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or three sentences: who you are, what you have built, what you look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hea&amp;dline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>Create a new workbench with the AI-engineer roadmap at FILE (which must not exist), print one line and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateDemoCommand</name>
    <message>
        <source>Write the demo workbench to FILE (which must not exist) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Interview Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in %1: %2. New: %3. Updating a session already there (the same date, company, role and format), in place: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing interview sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update in place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1 cannot be read); save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Your AI-engineering workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s AI-engineering workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s) tracked</source>
        <translation>
            <numerusform>%n certification tracked</numerusform>
            <numerusform>%n certifications tracked</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n portfolio project(s)</source>
        <translation>
            <numerusform>%n portfolio project</numerusform>
            <numerusform>%n portfolio projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 for your resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n education entry(s)</source>
        <translation>
            <numerusform>%n education entry</numerusform>
            <numerusform>%n education entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every skill is at its target. Raise a target on the Skills page to plan what comes next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open %1 on the Skills page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything here stays in one file on this computer. Pick an area to work on, or use %1 to %2 to move between pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n skill</numerusform>
            <numerusform>%n skills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n study session(s) logged</source>
        <translation>
            <numerusform>%n study session logged</numerusform>
            <numerusform>%n study sessions logged</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interview session(s)</source>
        <translation>
            <numerusform>%n interview session</numerusform>
            <numerusform>%n interview sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message>
        <source>What to learn next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Interview topics due today&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to practise today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more topic(s)</source>
        <translation>
            <numerusform>%1 and %n more topic</numerusform>
            <numerusform>%1 and %n more topics</numerusform>
        </translation>
    </message>
    <message>
        <source>Practise on the Interviews page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roadmap has no skills yet. Add the skills you want to learn on the Skills page, each with a target level, and the next steps show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exams and renewals due could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Cannot Open Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the new workbench; to work in the existing file, use File &gt; Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists. It was removed from the recent list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Workbench As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench was not saved as %1: %2 Your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workbench could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. A new workbench never replaces a file; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workbench from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until &quot;%1&quot; has finished, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no demo workbench was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career Workbench files (*.cwbench *.sqlite *.cwb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Practice Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did you answer? &amp;Score (1-5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish and Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillPlan</name>
    <message>
        <source>Explain %1 as you would to an interviewer, with an example and its trade-offs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCertificationCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditProjectCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EducationEditor</name>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No education yet. Add degrees, diplomas and long courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Computer Science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bachelor, Master, Diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3.8 GPA, First-class honours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One course per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Degree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Education in the list: &quot;Degree Area, Institution&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit education at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove education at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of stud&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EducationRepository</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListEditor</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to change the order the resume shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceListWidget</name>
    <message>
        <source>Tick what shows this skill. A certification counts as evidence once it is earned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired: not evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not earned yet: not evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (now linked to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interview topic belongs to one skill: ticking it here moves it from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects yet: add them on the Projects page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certifications yet: add them on the Certifications page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interview topics yet: add them on the Interviews page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportBackupCommand</name>
    <message>
        <source>Write the whole workbench as one JSON backup FILE, to move it to another machine or version (restore it with --import-backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-backup needs the name of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCsvCommand</name>
    <message>
        <source>Write the workbench&apos;s interview sessions to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-csv needs the name of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 interview sessions to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportIcsCommand</name>
    <message>
        <source>Write exam dates, expiries, renewals and interview dates to an iCalendar FILE (Google Calendar, Outlook and Thunderbird import it; a re-import updates the events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJsonResumeCommand</name>
    <message>
        <source>Write the profile, work, education, skills, projects, certificates and languages as a JSON Resume FILE (schema 1.2.1, read by resume builders and the JSON Resume themes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-json-resume needs the name of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportReportCommand</name>
    <message>
        <source>Export the report chosen by --report as a PDF to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report chosen by --report as an HTML page to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report chosen by --report as Markdown to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report to export: portfolio or resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size of a PDF export: A4 or Letter (default: from the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target role as comma-separated tags; matching content comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --report portfolio or --report resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report must be portfolio or resume, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursText</name>
    <message>
        <source>%1 h</source>
        <extracomment>a number of hours, e.g. &quot;12.5 h&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <extracomment>a number of hours with a fraction, e.g. &quot;1.5 hours&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 hour(s)</source>
        <extracomment>a whole number of hours, e.g. &quot;1 hour&quot;, &quot;12 hours&quot; (%1 is the number)</extracomment>
        <translation>
            <numerusform>%1 hour</numerusform>
            <numerusform>%1 hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>a number of minutes, e.g. &quot;45 min&quot; (%1 is the number)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>the unit after the number in a spin box for hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactLine</name>
    <message>
        <source>%1%</source>
        <comment>percent change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <comment>metric name, baseline, achieved</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBackupCommand</name>
    <message>
        <source>Restore a JSON backup FILE into the new workbench named by --into (never over an existing file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --import-backup: the new workbench FILE to create (it must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import-backup needs the name of the backup to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import-backup needs --into NEW-FILE: a backup is restored into a new workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. A backup is only restored into a new file; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 rows in %2 tables from %3 into %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCsvCommand</name>
    <message>
        <source>Import interview sessions from a CSV file, all or nothing; a session with the same date, company, role and format is updated in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import-csv needs the name of the file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 interview sessions from %2: %3 new, %4 updated in place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJsonResumeCommand</name>
    <message>
        <source>Merge a JSON Resume FILE into the workbench, all or nothing: entries it already has are updated, not duplicated; fields the workbench does not keep are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import-json-resume needs the name of the file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged, %5 kept as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterchangeController</name>
    <message>
        <source>&amp;JSON Resume...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup into a New Workbench...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar (iCalendar)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other work is still running. Wait for it to finish, or cancel it in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Resume (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the JSON Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import JSON Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Resume (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the JSON Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career Workbench backup (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career Workbench backup (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workbench for the Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. A backup is only restored into a new file; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewCharts</name>
    <message>
        <source>Format shown in the score chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score over time, all formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score over time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving average of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per week, by format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength per topic (weakest %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average of the last scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness per format: recent average against the target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness per format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average of the last %1 scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average of the last %1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Char&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewCsv</name>
    <message>
        <source>The column &quot;%1&quot; is not known and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind must be &quot;mock&quot; or &quot;real&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ran_by must be &quot;self&quot;, &quot;peer&quot;, &quot;platform&quot; or empty, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the self score must be a number from 1 to 5, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interviewer score must be a number from 1 to 5 or empty, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score of topic &quot;%1&quot; must be a number from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewCsvImport</name>
    <message>
        <source>The import cannot start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1, column 1: the file is too large to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewFilterBar</name>
    <message>
        <source>Search company, role, topics, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock and real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewFormat</name>
    <message>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML system design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics and probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take-home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical (general)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewSessionValidator</name>
    <message>
        <source>A topic has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic name starts or ends with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic name cannot contain a semicolon, a colon or a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a mock interview has someone who ran it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real interview needs the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be between 0 and %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self score must be between 1 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interviewer score must be between 1 and 5, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session can have at most %1 topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score of &quot;%1&quot; must be between 1 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is longer than 1,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewSessionsModel</name>
    <message>
        <source>Real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewSettingsPanel</name>
    <message>
        <source>&amp;Target score (1-5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A format counts as ready when the average of its last %1 sessions reaches this score (the interviewer&apos;s score where there is one, else your own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview target score could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target score cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewStore</name>
    <message>
        <source>The interview session could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview session could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview session cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name needs at least one letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application could not be moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application could not be moved back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions could not be added to the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <source>Log mock and real interviews, see whether you improve, and practise the topics that are due or weakest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Session...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to &amp;Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected session&apos;s questions into the question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Session...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interviews yet. Log a mock or real interview with &lt;b&gt;Log Session...&lt;/b&gt;: its topics and scores decide what to practise next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sessions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged the session. Topics due and charts are updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 session of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the session of %1. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s) in the bank; the others counted as asked again.</source>
        <translation>
            <numerusform>%n new question in the bank; the others counted as asked again.</numerusform>
            <numerusform>%n new questions in the bank; the others counted as asked again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practice Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a practice drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged the drill as a self-practice session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Interview Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n interview session(s).</source>
        <translation>
            <numerusform>Imported %n interview session.</numerusform>
            <numerusform>Imported %n interview sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Interview Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview-sessions.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n interview session(s) to %1.</source>
        <translation>
            <numerusform>Exported %n interview session to %1.</numerusform>
            <numerusform>Exported %n interview sessions to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic fits the drill options. Log a session with scored topics, or choose other topics or another format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formats, applications and topics the editor offers cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your target score cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobMatchModel</name>
    <message>
        <source>Proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have this skill and evidence that shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a level in this skill but nothing that shows it yet: link a project, an earned certification or interview practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your roadmap, not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on your roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not on the roadmap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (level %2 of %3)</source>
        <extracomment>%1 skill, %2 current level, %3 target level</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobMatchPage</name>
    <message>
        <source>Paste a job posting or load a JSON job file: each requirement shows as proven, claimed or missing on your roadmap, with the evidence behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Job File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the posting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Job File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON job files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB: that is not a job posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not loaded, nothing was saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the posting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the posting %1 (Undo brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Resume already targets this posting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailor Resume to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Resume (Reports page) now targets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From job postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for by the job posting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to add: every requirement is on your roadmap with a target above your level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap: %1, %2. They are in the learn-next ranking now.</source>
        <extracomment>%1 is &quot;N new skills&quot;, %2 &quot;N skills raised&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new skill(s)</source>
        <translation>
            <numerusform>%n new skill</numerusform>
            <numerusform>%n new skills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) raised</source>
        <translation>
            <numerusform>%n skill raised</numerusform>
            <numerusform>%n skills raised</numerusform>
        </translation>
    </message>
    <message>
        <source>Job Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching the job postings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobMatcher</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job file is one JSON object with a title, a description and skills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview practice: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobPostingRepository</name>
    <message>
        <source>the posting no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobPostingValidator</name>
    <message>
        <source>Give the posting a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting is larger than 4 MB: that is not a job posting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobPostingsModel</name>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job postings cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applications cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target role could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap could not be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap could not be changed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Reports page&apos;s choices cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonPullReader</name>
    <message>
        <source>the text is not closed (a &quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character inside a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is longer than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown escape in a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown word (only true, false and null are allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is more after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name in quotes was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;:&apos; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;,&apos; or &apos;}&apos; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;,&apos; or &apos;]&apos; was expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonResume</name>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile needs the name of its network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resume is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonResumeExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonResumeImport</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not a resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s).</source>
        <translation>
            <numerusform>... and %n more problem.</numerusform>
            <numerusform>... and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the employer&apos;s name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job cannot end before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the institution&apos;s name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot end before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language&apos;s name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the skill&apos;s name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skills[%1].level: &quot;%2&quot; is not a level the workbench knows; the level is kept as it is and the words are kept for the resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.url: &quot;%2&quot; is kept as https://%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonResumePreviewDialog</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import JSON Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 adds %2, updates %3 and leaves %4 unchanged. %5 entries of your workbench that the file does not mention are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported, or adjusted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageRepository</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A language and how well it is spoken, e.g. &quot;German (B2)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagesEditor</name>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No languages yet. Add the languages you work in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fluent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit language %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove language %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluenc&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnNextWidget</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to learn next: every skill has reached its target or is skipped. Raise a target to plan further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 skills with a gap, most valuable first. Score = levels to go x priority weight; a prerequisite comes before the skills that need it. Double-click a skill to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills with a gap: %1, most valuable first. Score = levels to go x priority weight; a prerequisite comes before the skills that need it. Double-click a skill to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on its own; ranked at %2 because a skill that needs it scores that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningPlanner</name>
    <message>
        <source>Gap %1 (level %2 of %3) at %4 priority: score %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed first for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes after %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No links yet. Add your GitHub, LinkedIn or blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A link in the list: &quot;GitHub: https://github.com/...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogStudyCommand</name>
    <message>
        <source>Log study time for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogStudyDialog</name>
    <message>
        <source>Log Study Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study time for &lt;b&gt;%1&lt;/b&gt;: %2 logged of %3 planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you worked on (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workbench is open. Create a new one, open an existing file, or explore the demo workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workbench...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of Career Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Career Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Career Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Career Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Career Workbench %1&lt;/h3&gt;&lt;p&gt;A private, offline workbench for a career in AI engineering: skills on a roadmap, certifications ranked by return, portfolio projects and interview practice.&lt;/p&gt;&lt;p&gt;Your data stays in one file on your computer:&lt;br/&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbench was updated to the current version; a copy of it as it was is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart &amp;Data as Table...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchJobCommand</name>
    <message>
        <source>Match a job posting (a JSON Resume job FILE, or plain text) against the roadmap: each requirement proven, claimed or missing, and a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB: that is not a job posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match: %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsEditor</name>
    <message>
        <source>&amp;Remove Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you measured, where it started and where the project took it. Leave the baseline empty when there was none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse than the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact lines:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>First-Run Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your starting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three figures make the numbers in this workbench yours: return on certifications needs your salary, and dates on the roadmap need the hours you can study. Skip anything you&apos;d rather fill in later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly study hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays in this file on your computer. You can change it later in Edit &gt; Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you are aiming for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the specialisations you want. Only these become targets; the others stay on the roadmap as optional, with no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each stage, pick the level that fits most of its skills today. It raises the skills below it, never above a skill&apos;s target, and lowers nothing. Fine-tune single skills on the Skills page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>level number, name and what it means, e.g. &quot;3 Working: can use it without help&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current sala&amp;ry (a year):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roadmap cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers were not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers were not saved: your profile cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weekly study budget cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers were not saved: your weekly study budget cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Set a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>the file has more than %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row has more than %1 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed (a quote is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is text after the closing quote of a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one (quote the whole field and double the quote).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioBuilder</name>
    <message>
        <source>Unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio summary for a role in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level against target, per category (0 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills at level %1 or above with evidence: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills at level %1 or above: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall: %1 of the targeted levels reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exam %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certifications to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Return on investment over %n year(s), after %1 tax, ranked by net present value:</source>
        <translation>
            <numerusform>Return on investment over %n year, after %1 tax, ranked by net present value:</numerusform>
            <numerusform>Return on investment over %n years, after %1 tax, ranked by net present value:</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interviews logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 real)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score, first sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score, latest sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (interviewer %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score per session (1 to 5; the interviewer&apos;s where given, else your own), oldest first, with the average of the last %1 against the target of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness per format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostingEditor</name>
    <message>
        <source>&amp;Keep Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tailor Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Missing to Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a job posting here. What it asks for is matched against your roadmap as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the target role of the Resume (Reports page) to this posting&apos;s title and its main requirements, so the resume puts what matches first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the requirements your roadmap lacks as new skills and raises the targets and priority of the ones you have not proven, so they enter the learn-next ranking. One step: Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;pany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appli&amp;cation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept yet: Keep Posting saves it in the workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON job file, added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted text, added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skill of your roadmap or common requirement was found in this posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match: %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proven: %1 · Claimed: %2 · Missing: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Posting to Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Posting Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching the posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePanel</name>
    <message>
        <source>&lt;b&gt;Due today&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Weakest topics&lt;/b&gt; (average of the last %1 scores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions in a drill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (due %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (due %n day ago)</numerusform>
            <numerusform>%1 (due %n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due today: the spacing of every topic you practised says it can wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) due today.</source>
        <translation>
            <numerusform>%n topic due today.</numerusform>
            <numerusform>%n topics due today.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start Drill...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due and weakest topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due topics only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest topics only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every practised topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a format chosen, the drill asks about the topics of your sessions in that format and is logged in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The countdown for each question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;me per question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions from the chosen topics, one at a time with a countdown; the drill is logged as a self-practice session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a session with scored topics first: a drill practises them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic fits these options: choose other topics or another format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) to practise.</source>
        <translation>
            <numerusform>%n topic to practise.</numerusform>
            <numerusform>%n topics to practise.</numerusform>
        </translation>
    </message>
    <message>
        <source>The topics due cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferences could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>What your resume and portfolio say about you. Changes are saved as you leave each field, and can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xperience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;ucation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>e.g. Backend engineer moving into AI engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AI Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-letter ISO 4217 code, e.g. USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current sala&amp;ry (a year):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>Enter a currency, as a three-letter code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code: use three capital letters such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The salary cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>This week against the weekly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall roadmap progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels gained this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No full week of study logged yet; your budget is %1 a week. Log study time on the Skills page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No full week of study logged yet. Log study time on the Skills page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 a week over the last %n week(s)</source>
        <translation>
            <numerusform>%1 a week over the last %n week</numerusform>
            <numerusform>%1 a week over the last %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>of a %1 weekly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no weekly budget set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 target levels reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give skills a target level on the Skills page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest: %n day(s)</source>
        <translation>
            <numerusform>longest: %n day</numerusform>
            <numerusform>longest: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Pace: %1 (no weekly budget set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace: %1 (budget %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Add Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details and Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skills you tick count this project as evidence on the Skills page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Featured: listed first and shown in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line: what it does and for whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pitch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;blem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture and data flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architect&amp;ure and data flow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sole developer, ML lead, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;pository URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;mo URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlights, one per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked fields before saving (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectImageCommand</name>
    <message>
        <source>Add image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectImagesView</name>
    <message>
        <source>&amp;Remove Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A diagram or screenshot, up to %1 MB each (PNG, JPEG, GIF, WebP or BMP), stored in the workbench file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is larger than %1 MB; save a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Ima&amp;ge...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>The project could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new order could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project cannot be read, so it was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images or checklist of %1 cannot be read, so it was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s checklist cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSummary</name>
    <message>
        <source>Open &amp;Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open De&amp;mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project to see its story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectValidator</name>
    <message>
        <source>A project needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the title under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pitch is one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the pitch under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project cannot finish before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name what was measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The achieved value must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline must be a number, or left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is larger than %1 MB; save a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PNG, JPEG, GIF, WebP or BMP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image has too many pixels; save a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsCharts</name>
    <message>
        <source>%1: readiness %2 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness per project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 skills shown in a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap skills demonstrated by projects (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Char&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message numerus="yes">
        <source>%n item(s) missing</source>
        <translation>
            <numerusform>%n item missing</numerusform>
            <numerusform>%n items missing</numerusform>
        </translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Each project&apos;s story with measured results, and what it still needs before a hiring manager looks at its repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portfolio projects yet. Add one with &lt;b&gt;Add...&lt;/b&gt;: the problem it solves, the results you measured, and the roadmap skills it shows. Then scan its folder to see what a reviewer would miss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the project could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with its metrics, images and checklist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap&apos;s skills cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skill coverage could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy is not a SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy has schema version %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 failed its check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in %2 (process %3 on %4). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Career Workbench file: it is not a SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another program (SQLite application id %2), so Career Workbench leaves it alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Career Workbench (schema version %2; this version knows up to %3). Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2). It was left as it is; open one of its backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is another program&apos;s SQLite file (its tables: %2), so Career Workbench leaves it alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of %1 could be written before updating it, so it was not changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be updated to schema version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workbench %1 could not be set up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open workbench; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another window or program; close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of at least one phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no skill of the roadmap has the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 0 to 5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives a date after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has both uplift_amount and uplift_percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed to place the logged hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration file %1 is not named NNNN_name.sql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is out of sequence: expected number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No migrations were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, statement %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: commit failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (QSQLITE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not apply &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given for the demo workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. The demo workbench is only written to a new file; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workbench needs a valid date for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in roadmap (roadmap.json) cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roadmap.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a template version this app reads (1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stage has the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no category has the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of skill keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not another skill of this roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prerequisites of &quot;%1&quot; go round in a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced: %2 cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <comment>salary-gain estimate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <comment>salary-gain estimate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely</source>
        <comment>salary-gain estimate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected gain: the catalogue&apos;s %1 estimate, %2 % of salary (range %3 to %4 %), made on %5. An estimate, not a promise: replace it with what you know.</source>
        <extracomment>%1 low/likely/high, %2 the percentage picked, %3 and %4 the range, %5 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no specialisation has the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the description is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: the roadmap has no such key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A format&apos;s name needs at least one letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a backup beside it would be too long; rename the file to a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name of %1 is too long (%2 bytes). Career Workbench keeps files beside it whose names add up to %3 bytes, and most systems allow %4: choose a name of at most %5 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in %2 on the computer %3 (process %4). Close it there first. If it is no longer open there (that computer crashed or was switched off), delete %5 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be locked for editing: %2 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. A new workbench is only written to a new file; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appeared while the new workbench was being written; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workbench %1 cannot be put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be set up with schema version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workbench %1 failed its check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workbench file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: you have no permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. Career Workbench writes every change to the file at once, so it opens only a file it may change: make it writable, or open a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a read-only folder. Career Workbench keeps a log and a lock beside the file while it is open: move it to a folder you may write to, or open a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 names (hard links). Career Workbench locks a file by its name, so it opens only a file with one name: copy it, and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a workbench (%2). It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no workbench. If it should, it was damaged: open one of its backups. To start a new workbench, choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version (%2) is not one any Career Workbench writes. It was left as it is; open one of its backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a workbench. To start a new workbench, choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it is marked as a workbench but has no schema version. It was left as it is; open one of its backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: tables of schema version %2 are missing (%3). It was left as it is; open one of its backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2). Open one of its backups, or save a copy (File &gt; Save As) and check that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room for a temporary copy to check it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a temporary copy to check it cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a row of %3 that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and more than %1 further problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 further problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write-ahead log cannot be switched on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, more than any roadmap needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists and objects are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 entries; a roadmap may have at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists more than %1 skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names %1, which is not a checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture sketch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of at most %1 names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each name is text of at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added_days_ago is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certification status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a skill status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionBankModel</name>
    <message>
        <source>%1

Answer notes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionBankView</name>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Question...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search questions, answers and topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the question to the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the bank?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the question. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Add Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points a good answer makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessItem</name>
    <message>
        <source>A README</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The README has install steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The README has usage steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CI pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment file (requirements, pyproject ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Dockerfile or compose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage configuration or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No absolute paths in code and notebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committed secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture documentation or a diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantified results: at least one metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem is tied to a target industry or company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>&amp;Scan Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item (tick what you have done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a local checkout of the project and fill the checklist with what it finds. Nothing is uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown by the project&apos;s own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan found problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found by the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness: %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a Project Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files read...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled; the checklist is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be scanned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1 files: readiness from the scan %2 of 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ticked by hand, but the last scan found %n problem(s): %1</source>
        <translation>
            <numerusform>Ticked by hand, but the last scan found %n problem: %1</numerusform>
            <numerusform>Ticked by hand, but the last scan found %n problems: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticked by hand; the last scan did not find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tick counts for the score. The findings stay listed until a scan no longer finds them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workbenches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveApplicationCommand</name>
    <message>
        <source>Delete the application to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveCertificationCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovePostingCommand</name>
    <message>
        <source>Delete Posting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveProjectCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveQuestionCommand</name>
    <message>
        <source>Delete a question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveSessionCommand</name>
    <message>
        <source>Delete the session of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepoScanner</name>
    <message>
        <source>an environment file is committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private key file is committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average of the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Career Workbench %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take-home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3 (%4 better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3 (%4 worse)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Portfolio summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. LLM, MLOps, RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of the role you apply for, separated by commas: what matches them comes first, and a resume drops the rest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills at &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only e&amp;arned certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap progress (portfolio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience (resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education (resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview readiness (portfolio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages (resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Markdown...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choices could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only s&amp;kills with evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only fi&amp;nished projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export H&amp;TML...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;jects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificati&amp;ons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (featured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing page %1 of %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show: every section is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages for printing...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeBuilder</name>
    <message>
        <source>Resume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume for a role in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n skill</numerusform>
            <numerusform>%n skills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n education entry(s)</source>
        <translation>
            <numerusform>%n education entry</numerusform>
            <numerusform>%n education entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s)</source>
        <translation>
            <numerusform>%n certification</numerusform>
            <numerusform>%n certifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n language(s)</source>
        <translation>
            <numerusform>%n language</numerusform>
            <numerusform>%n languages</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out to fit two pages, least relevant to the target role first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out to fit two pages, least relevant first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeStore</name>
    <message>
        <source>The profile cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile links cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work history could not be reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The education could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The education could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The education could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The education could not be reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The languages could not be reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal address cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal address could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeValidator</name>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a web address that starts with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the site, e.g. GitHub or LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code: use two letters such as DE or US.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapEditActions</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Skill &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence link(s) and %1 go with it.</source>
        <translation>
            <numerusform>%n evidence link and %1 go with it.</numerusform>
            <numerusform>%n evidence links and %1 go with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the skill &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n skill(s)?</source>
        <translation>
            <numerusform>Delete %n skill?</numerusform>
            <numerusform>Delete %n skills?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage &quot;%1&quot; and its %n skill(s)?</source>
        <translation>
            <numerusform>Delete the stage &quot;%1&quot; and its %n skill?</numerusform>
            <numerusform>Delete the stage &quot;%1&quot; and its %n skills?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the category &quot;%1&quot; and its %n skill(s)?</source>
        <translation>
            <numerusform>Delete the category &quot;%1&quot; and its %n skill?</numerusform>
            <numerusform>Delete the category &quot;%1&quot; and its %n skills?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n study session(s) (%1)</source>
        <extracomment>%1 is a number of hours, e.g. &quot;12.5 hours&quot;</extracomment>
        <translation>
            <numerusform>%n study session (%1)</numerusform>
            <numerusform>%n study sessions (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoadmapStore</name>
    <message>
        <source>The skills cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skill&apos;s other names cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other names were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skills&apos; other names cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly study budget cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours per level cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prerequisites cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skill&apos;s evidence cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skill&apos;s study log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapTemplateFiles</name>
    <message>
        <source>Roadmap templates (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Roadmap Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages, categories and skills with their targets and priorities, exported from Career Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2. Any file already there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workbench from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This roadmap template cannot be used: %1. Nothing was created or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the New Workbench As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. A new workbench never replaces a file; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoiPreview</name>
    <message>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a different tax rate or horizon here: they are not saved. The stored assumptions are in Edit &gt; Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income tax rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which time cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit a year after tax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value per study hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each study hour returns over the horizon after the exam, materials and renewals: compare it with the value of an hour of your time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no study hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoiSettingsPanel</name>
    <message>
        <source>How certifications are ranked by return. These assumptions are kept in this workbench file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income &amp;tax rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discount rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive from the current salary (salary / 2,080 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of a study hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile&apos;s salary of %1 gives %2 an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile has no salary yet, so study time counts as free. Set a salary in the profile or a value here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification assumptions could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification assumptions cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanRepoCommand</name>
    <message>
        <source>Scan the folder DIR for the readiness checklist (README, tests, CI, secrets ...), print it with its evidence and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --scan-repo: exit with 1 when the score is below N (0-100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scan-repo needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-under needs a whole number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness %1 is below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness of %1: %2 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more finding</numerusform>
            <numerusform>... and %n more findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Log Interview Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Interview Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Format...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the peer or platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (peer or platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Self score (1-5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interviewer score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics, each with its own score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went &amp;well:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to im&amp;prove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One action per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question bank (double-click adds the question):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions in the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the interview format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank cannot be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillAliasRepository</name>
    <message>
        <source>a skill has at most %1 other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the skill no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillCommands</name>
    <message>
        <source>Add Stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Category &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Skill &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Log %n Minute(s) of Study</source>
        <translation>
            <numerusform>Log %n Minute of Study</numerusform>
            <numerusform>Log %n Minutes of Study</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Category &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Skill &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Skill(s)</source>
        <translation>
            <numerusform>Delete %n Skill</numerusform>
            <numerusform>Delete %n Skills</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Study Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Skill &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Category &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Prerequisites of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Skill &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Description of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Notes of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Level of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Target of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Priority of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Status of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n Skill(s) from the Built-in Roadmap</source>
        <translation>
            <numerusform>Add %n Skill from the Built-in Roadmap</numerusform>
            <numerusform>Add %n Skills from the Built-in Roadmap</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Other Names of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillDetailsPanel</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a skill to see its description, notes, prerequisites, evidence and study log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own notes: resources, what to practise, what you built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unproven.&lt;/b&gt; At level 3 or above this is a claim a hiring manager cannot verify. Link a project, an earned certification or an interview topic that shows it (Evidence tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill that comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prerequisites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still %n level(s) below its target</source>
        <translation>
            <numerusform>Still %n level below its target</numerusform>
            <numerusform>Still %n levels below its target</numerusform>
        </translation>
    </message>
    <message>
        <source>No skill is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A skill cannot come before itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a prerequisite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already needs %2 first, so it cannot also come before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What job postings may call this skill (e.g. &quot;torch&quot; for PyTorch, &quot;k8s&quot; for Kubernetes). The Job Match page finds the skill by these names too, whatever their case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;known as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is also a name of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A posting that says it counts for one of these skills only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillItemDelegate</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillLinkWidget</name>
    <message>
        <source>Filter skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap has no skills yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 skill covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skills covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap skills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillRepository</name>
    <message>
        <source>The skill no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillText</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 - None: not looked at yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 - Aware: you know what it is for and have read or watched an introduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 - Beginner: you have followed tutorials and can do simple tasks with help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 - Working: you use it on real work without help and can show the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 - Advanced: you handle the hard cases, review others&apos; work and teach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 - Expert: you design with it, lead others and are known for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 says you have started, but the status is &quot;%2&quot;: &quot;%3&quot; fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is reached, but the status is &quot;%1&quot;: &quot;%2&quot; fits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillValidator</name>
    <message>
        <source>Give the skill a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the stage the skill belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority must be between 1 (low) and 4 (critical).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A skill cannot be its own prerequisite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsCharts</name>
    <message>
        <source>Level against target, per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: level %2, target %3 (mean of %n skill(s))</source>
        <translation>
            <numerusform>%1: level %2, target %3 (mean of %n skill)</numerusform>
            <numerusform>%1: level %2, target %3 (mean of %n skills)</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 largest gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: level %2 of %3, %n level(s) to go</source>
        <translation>
            <numerusform>%1: level %2 of %3, %n level to go</numerusform>
            <numerusform>%1: level %2 of %3, %n levels to go</numerusform>
        </translation>
    </message>
    <message>
        <source>Study hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study hours per week (budget %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: %1 a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsFilterBar</name>
    <message>
        <source>&amp;Gaps only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the skills by roadmap stage or by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only skills below their target (skipped ones hidden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s), %1, %2</source>
        <translation>
            <numerusform>%n project, %1, %2</numerusform>
            <numerusform>%n projects, %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earned certification(s)</source>
        <translation>
            <numerusform>%n earned certification</numerusform>
            <numerusform>%n earned certifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview topic(s)</source>
        <translation>
            <numerusform>%n interview topic</numerusform>
            <numerusform>%n interview topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked certification(s) not earned yet (not evidence until earned)</source>
        <translation>
            <numerusform>%n linked certification not earned yet (not evidence until earned)</numerusform>
            <numerusform>%n linked certifications not earned yet (not evidence until earned)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unproven: level %1 is a claim a hiring manager cannot verify. Link a project, an earned certification or an interview topic that shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you stand, 0 (none) to 5 (expert). Double-click to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels between your level and the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects, earned certifications and interview topics that show the skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours logged in the study log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n Skill(s)</source>
        <translation>
            <numerusform>Move %n Skill</numerusform>
            <numerusform>Move %n Skills</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Change it in this cell (F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 studied</source>
        <extracomment>%1 is a number of hours, e.g. &quot;12.5 hours&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>Add &amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add S&amp;kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Roadmap Template...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workbench from Template...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to Learn Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workbench from Template...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your roadmap is empty.&lt;/b&gt; Start with a stage, a step of your path such as &quot;Foundations&quot;, then add the skills it needs. Or start a new workbench from a roadmap template someone shared with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No skills yet.&lt;/b&gt; Add the skills of your first stage: give each a target level, then set where you stand today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills are ordered within their stage: group by stage to move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap template written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add What the &amp;Built-in Roadmap Has...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the skills the built-in roadmap has and yours lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what the built-in roadmap has, share the roadmap as a template, or start a new workbench from one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsSettingsPanel</name>
    <message>
        <source>Weekly study &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours per level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each stage&apos;s completion date assumes the stages are studied in order, each missing level takes the hours per level, and you study the weekly budget. A budget of 0 shows no dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per level must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skills settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study settings cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsTreeView</name>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlHelpers</name>
    <message>
        <source>the workbench file is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageProgressWidget</name>
    <message>
        <source>no targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no weekly study budget set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall:&lt;/b&gt; %1 of %2 target levels reached (%3%) - roadmap complete %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall:&lt;/b&gt; %1 of %2 target levels reached (%3%) - roadmap complete %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at your pace of %1 a week over the last %n week(s) (budget %2)</source>
        <translation>
            <numerusform>at your pace of %1 a week over the last %n week (budget %2)</numerusform>
            <numerusform>at your pace of %1 a week over the last %n weeks (budget %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>at your budget of %1 a week (too little study logged yet to use your pace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to go at %2 per level and %3 of study a week.</source>
        <extracomment>%1, %2 and %3 are numbers of hours, e.g. &quot;12.5 hours&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2; %3 to go (%4 counting the stages before it).</source>
        <extracomment>%3 and %4 are numbers of hours, e.g. &quot;12.5 hours&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyHeatmap</name>
    <message>
        <source>Study by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: studied %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no study logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In the last %n week(s)</source>
        <translation>
            <numerusform>In the last %n week</numerusform>
            <numerusform>In the last %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no study was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 you studied on %2 of %3 days, %4 in all; the most on %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyLogWidget</name>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you studied (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No study time logged for this skill yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 in all</source>
        <translation>
            <numerusform>%n session, %1 in all</numerusform>
            <numerusform>%n sessions, %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudySessionValidator</name>
    <message>
        <source>Choose the skill or certification you studied for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day you studied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study time must be more than 0 and at most 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDocumentBuilder</name>
    <message>
        <source>%1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicScoresWidget</name>
    <message>
        <source>Add Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic, e.g. Transformers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics and their scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingList</name>
    <message numerus="yes">
        <source>&lt;b&gt;Next %n days&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Next %n day&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Next %n days&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No exams, expiries or renewals in the next %n days.</source>
        <translation>
            <numerusform>No exams, expiries or renewals in the next %n day.</numerusform>
            <numerusform>No exams, expiries or renewals in the next %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2
%3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exams, expiries and renewals due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkHistoryEditor</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet. Add the jobs your resume should list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unset for the job you have now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One achievement per line, with a number where you can: &quot;Cut report time from 2 days to 2 hours&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A job in the list: &quot;Position, Employer&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit job at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove job at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder the work history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mployer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ighlights:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkHistoryRepository</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Career Workbench</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
