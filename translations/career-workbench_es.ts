<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddFormatCommand</name>
    <message>
        <source>Add the format %1</source>
        <translation>Añadir el formato %1</translation>
    </message>
</context>
<context>
    <name>AddMissingCommand</name>
    <message>
        <source>Add Missing Skills of %1</source>
        <translation>Añadir las habilidades que faltan de %1</translation>
    </message>
</context>
<context>
    <name>AddPostingCommand</name>
    <message>
        <source>Keep Posting %1</source>
        <translation>Guardar la oferta %1</translation>
    </message>
</context>
<context>
    <name>AddProjectCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
</context>
<context>
    <name>AddQuestionCommand</name>
    <message>
        <source>Add a question</source>
        <translation>Añadir una pregunta</translation>
    </message>
</context>
<context>
    <name>AddQuestionsToBankCommand</name>
    <message>
        <source>Add the session&apos;s questions to the bank</source>
        <translation>Añadir al banco las preguntas de la sesión</translation>
    </message>
</context>
<context>
    <name>AddressEditor</name>
    <message>
        <source>e.g. Hauptstraße 5</source>
        <translation>p. ej. Calle Mayor 5</translation>
    </message>
    <message>
        <source>State, province or county</source>
        <translation>Estado, provincia o condado</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>p. ej. ES</translation>
    </message>
    <message>
        <source>Two letters (ISO 3166-1), as JSON Resume keeps it.</source>
        <translation>Dos letras (ISO 3166-1), como lo guarda JSON Resume.</translation>
    </message>
    <message>
        <source>Only JSON Resume exports carry the postal address; the documents show the one-line location above.</source>
        <translation>Solo las exportaciones JSON Resume llevan la dirección postal; los documentos muestran la ubicación de una línea de arriba.</translation>
    </message>
    <message>
        <source>Street address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Countr&amp;y code:</source>
        <translation>Códi&amp;go de país:</translation>
    </message>
    <message>
        <source>Edit postal address</source>
        <translation>Editar la dirección postal</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <source>Add Application</source>
        <translation>Añadir candidatura</translation>
    </message>
    <message>
        <source>Edit Application</source>
        <translation>Editar candidatura</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>Enter the company you applied to.</source>
        <translation>Introducir la empresa a la que se presentó la candidatura.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <source>Job board, referral, recruiter ...</source>
        <translation>Portal de empleo, recomendación, reclutador ...</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation>Presentada el:</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>&amp;Posting:</source>
        <translation>&amp;Anuncio:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message>
        <source>&amp;Add Application...</source>
        <translation>Aña&amp;dir candidatura...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Editar...</translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage</source>
        <translation>Pasar a la fase si&amp;guiente</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <source>Stage to move to</source>
        <translation>Fase a la que pasar</translation>
    </message>
    <message>
        <source>or to</source>
        <translation>o a</translation>
    </message>
    <message>
        <source>Applications by stage</source>
        <translation>Candidaturas por fase</translation>
    </message>
    <message>
        <source>Stage, application, moves and interviews</source>
        <translation>Fase, candidatura, cambios de fase y entrevistas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>No applications yet. Add one with &lt;b&gt;Add Application...&lt;/b&gt;; a real interview can then belong to it, and each move through the stages is dated.</source>
        <translation>Aún no hay candidaturas. Añadir una con &lt;b&gt;Añadir candidatura...&lt;/b&gt;; así una entrevista real puede pertenecer a ella, y cada paso por las fases queda fechado.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
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
        <translation>Pasada a %1</translation>
    </message>
    <message>
        <source>interviewer %1/5</source>
        <translation>entrevistador %1/5</translation>
    </message>
    <message>
        <source>self %1/5</source>
        <translation>autoevaluación %1/5</translation>
    </message>
    <message>
        <source>Interview: %1, %2</source>
        <translation>Entrevista: %1, %2</translation>
    </message>
    <message>
        <source>How many applications reached each stage</source>
        <translation>Cuántas candidaturas llegaron a cada fase</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <source>Add the application to %1</source>
        <translation>Añadir la candidatura a %1</translation>
    </message>
    <message>
        <source>Added the application to %1.</source>
        <translation>Se añadió la candidatura a %1.</translation>
    </message>
    <message>
        <source>Edit the application to %1</source>
        <translation>Editar la candidatura a %1</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Pasar %1 a %2</translation>
    </message>
    <message>
        <source>Moved %1 to %2. Edit &gt; Undo moves it back.</source>
        <translation>%1 pasó a %2. Editar &gt; Deshacer la devuelve.</translation>
    </message>
    <message>
        <source>Delete Application</source>
        <translation>Eliminar candidatura</translation>
    </message>
    <message>
        <source>Delete the selected application (Del). Its interviews stay, no longer linked to it; Edit &gt; Undo brings it back.</source>
        <translation>Elimina la candidatura seleccionada (Supr). Sus entrevistas se conservan, ya sin vínculo con ella; Editar &gt; Deshacer la recupera.</translation>
    </message>
    <message>
        <source>Delete the application to %1 and the dates of its stage moves?</source>
        <translation>¿Eliminar la candidatura a %1 y las fechas de sus cambios de fase?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n interview(s) stay in the session list, no longer linked to an application.</source>
        <translation>
            <numerusform>%n entrevista sigue en la lista de sesiones, ya sin vínculo con una candidatura.</numerusform>
            <numerusform>%n entrevistas siguen en la lista de sesiones, ya sin vínculo con una candidatura.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job posting(s) made for it stay on the Job Match page, unlinked.</source>
        <translation>
            <numerusform>%n oferta de empleo hecha para ella se queda en la página Ofertas, sin vínculo.</numerusform>
            <numerusform>%n ofertas de empleo hechas para ella se quedan en la página Ofertas, sin vínculo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it all back.</source>
        <translation>Editar &gt; Deshacer lo recupera todo.</translation>
    </message>
    <message>
        <source>Deleted the application to %1; its interviews are kept. Edit &gt; Undo brings it back.</source>
        <translation>Candidatura a %1 eliminada; sus entrevistas se conservan. Editar &gt; Deshacer la recupera.</translation>
    </message>
    <message>
        <source>The applications cannot be read: %1</source>
        <translation>No se pueden leer las candidaturas: %1</translation>
    </message>
</context>
<context>
    <name>AreaStore</name>
    <message>
        <source>the database refused the change</source>
        <translation>la base de datos rechazó el cambio</translation>
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
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>BackupExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The workbench cannot be read: %1</source>
        <translation>No se puede leer el banco de trabajo: %1</translation>
    </message>
    <message>
        <source>Cancelled; no backup was written.</source>
        <translation>Cancelado; no se escribió ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Escribiendo %1</translation>
    </message>
</context>
<context>
    <name>BackupImport</name>
    <message>
        <source>The backup has a table &quot;%1&quot; that this Career Workbench does not know.</source>
        <translation>La copia de seguridad tiene una tabla «%1» que este Career Workbench no conoce.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is in the backup twice.</source>
        <translation>La tabla «%1» aparece dos veces en la copia de seguridad.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; of the backup has a column &quot;%2&quot; that this Career Workbench does not know.</source>
        <translation>La tabla «%1» de la copia de seguridad tiene una columna «%2» que este Career Workbench no conoce.</translation>
    </message>
    <message>
        <source>Row %1 of table &quot;%2&quot; cannot be restored: %3</source>
        <translation>No se puede restaurar la fila %1 de la tabla «%2»: %3</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>Restaurando %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer Career Workbench (schema version %2; this one knows up to %3). Open it with a newer Career Workbench.</source>
        <translation>%1 se creó con un Career Workbench más reciente (versión de esquema %2; este conoce hasta la %3). Ábrelo con un Career Workbench más reciente.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup is only restored into a new file; choose another name.</source>
        <translation>%1 ya existe. Una copia de seguridad solo se restaura en un archivo nuevo; elige otro nombre.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was created.</source>
        <translation>Cancelado; no se creó nada.</translation>
    </message>
</context>
<context>
    <name>BackupReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>a whole number was expected</source>
        <translation>se esperaba un número entero</translation>
    </message>
    <message>
        <source>a backup is one JSON object</source>
        <translation>una copia de seguridad es un objeto JSON</translation>
    </message>
    <message>
        <source>this is not a Career Workbench backup</source>
        <translation>esto no es una copia de seguridad de Career Workbench</translation>
    </message>
    <message>
        <source>This backup has format version %1; this Career Workbench reads versions up to %2. Open it with a newer Career Workbench.</source>
        <translation>Esta copia de seguridad tiene la versión de formato %1; este Career Workbench lee versiones hasta la %2. Ábrela con un Career Workbench más reciente.</translation>
    </message>
    <message>
        <source>a text was expected</source>
        <translation>se esperaba un texto</translation>
    </message>
    <message>
        <source>&quot;format&quot;, &quot;version&quot; and &quot;schemaVersion&quot; must come before the tables</source>
        <translation>«format», «version» y «schemaVersion» deben ir antes de las tablas</translation>
    </message>
    <message>
        <source>the backup has no tables</source>
        <translation>la copia de seguridad no tiene tablas</translation>
    </message>
    <message>
        <source>&quot;tables&quot; must be a list</source>
        <translation>«tables» debe ser una lista</translation>
    </message>
    <message>
        <source>a table was expected</source>
        <translation>se esperaba una tabla</translation>
    </message>
    <message>
        <source>a table needs a name</source>
        <translation>una tabla necesita un nombre</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be a list of names</source>
        <translation>«columns» debe ser una lista de nombres</translation>
    </message>
    <message>
        <source>a table&apos;s name and columns must come before its rows</source>
        <translation>el nombre y las columnas de una tabla deben ir antes de sus filas</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>a table needs &quot;name&quot;, &quot;columns&quot; and &quot;rows&quot;</source>
        <translation>una tabla necesita «name», «columns» y «rows»</translation>
    </message>
    <message>
        <source>&quot;rows&quot; must be a list</source>
        <translation>«rows» debe ser una lista</translation>
    </message>
    <message>
        <source>a row must be a list of values</source>
        <translation>una fila debe ser una lista de valores</translation>
    </message>
    <message>
        <source>a row has more values than columns</source>
        <translation>una fila tiene más valores que columnas</translation>
    </message>
    <message>
        <source>a row has %1 values for %2 columns</source>
        <translation>una fila tiene %1 valores para %2 columnas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range</source>
        <translation>«%1» está fuera de rango</translation>
    </message>
    <message>
        <source>bytes are written as {&quot;base64&quot;: &quot;...&quot;}</source>
        <translation>los bytes se escriben como {&quot;base64&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>the bytes are not valid base64</source>
        <translation>los bytes no son base64 válido</translation>
    </message>
    <message>
        <source>a value (text, number, null or bytes) was expected</source>
        <translation>se esperaba un valor (texto, número, null o bytes)</translation>
    </message>
    <message>
        <source>a table gives &quot;%1&quot; twice</source>
        <translation>una tabla indica «%1» dos veces</translation>
    </message>
</context>
<context>
    <name>BuiltInAdditionsDialog</name>
    <message>
        <source>Add What the Built-in Roadmap Has</source>
        <translation>Añadir lo que tiene la hoja de ruta incorporada</translation>
    </message>
    <message>
        <source>Your roadmap already has every skill of the built-in roadmap. There is nothing to add.</source>
        <translation>La hoja de ruta ya tiene todas las habilidades de la hoja de ruta incorporada. No hay nada que añadir.</translation>
    </message>
    <message numerus="yes">
        <source>The built-in roadmap has %n skill(s) that yours lacks. The ticked ones are added; nothing already on your roadmap changes. Skills of a specialisation you have not chosen come without a target, as optional.</source>
        <translation>
            <numerusform>La hoja de ruta incorporada tiene %n habilidad que falta en la propia. Se añaden las marcadas; nada de lo que ya está en la hoja de ruta cambia. Las habilidades de una especialización no elegida llegan sin objetivo, como opcionales.</numerusform>
            <numerusform>La hoja de ruta incorporada tiene %n habilidades que faltan en la propia. Se añaden las marcadas; nada de lo que ya está en la hoja de ruta cambia. Las habilidades de una especialización no elegida llegan sin objetivo, como opcionales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skills to add</source>
        <translation>Habilidades que añadir</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>%1 (new stage)</source>
        <translation>%1 (etapa nueva)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Part of a specialisation you have not chosen: added without a target. Give it one on the Skills page if you want it after all.</source>
        <translation>Forma parte de una especialización no elegida: se añade sin objetivo. Darle uno en la página Habilidades si al final interesa.</translation>
    </message>
    <message>
        <source>Add Ticked Skills</source>
        <translation>Añadir las habilidades marcadas</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>coding</source>
        <translation>programación</translation>
    </message>
    <message>
        <source>system design</source>
        <translation>diseño de sistemas</translation>
    </message>
    <message>
        <source>ML theory</source>
        <translation>Teoría de ML</translation>
    </message>
    <message>
        <source>behavioural</source>
        <translation>conductual</translation>
    </message>
    <message>
        <source>take-home</source>
        <translation>prueba para casa</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>técnica</translation>
    </message>
    <message>
        <source>screening</source>
        <translation>preselección</translation>
    </message>
    <message>
        <source>Exam: %1</source>
        <translation>Examen: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Caduca: %1</translation>
    </message>
    <message>
        <source>Renewal due: %1</source>
        <translation>Renovación pendiente: %1</translation>
    </message>
    <message>
        <source>From Career Workbench.</source>
        <translation>Desde Career Workbench.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Interview (%1)</source>
        <translation>Entrevista (%1)</translation>
    </message>
    <message>
        <source>Interview: %1 (%2)</source>
        <translation>Entrevista: %1 (%2)</translation>
    </message>
    <message>
        <source>The calendar could not be read from the workbench: %1</source>
        <translation>No se pudo leer el calendario del banco de trabajo: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Add from Catalogue</source>
        <translation>Añadir desde el catálogo</translation>
    </message>
    <message>
        <source>Common AI, ML and cloud certifications to start from. Costs and study hours are &lt;b&gt;estimates written down on %1&lt;/b&gt;: check the issuer&apos;s page, then change the values to your own. Your values are never overwritten by the catalogue.</source>
        <translation>Certificaciones habituales de IA, ML y nube para empezar. Los costes y las horas de estudio son &lt;b&gt;estimaciones anotadas el %1&lt;/b&gt;: conviene consultar la página del emisor y cambiar los valores por los propios. El catálogo nunca sobrescribe los valores introducidos.</translation>
    </message>
    <message>
        <source>Certification catalogue</source>
        <translation>Catálogo de certificaciones</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Exam fee (est.)</source>
        <translation>Tasa de examen (est.)</translation>
    </message>
    <message>
        <source>Materials (est.)</source>
        <translation>Materiales (est.)</translation>
    </message>
    <message>
        <source>Study (est.)</source>
        <translation>Estudio (est.)</translation>
    </message>
    <message>
        <source>Renewal (est.)</source>
        <translation>Renovación (est.)</translation>
    </message>
    <message>
        <source>%1 (already in your list)</source>
        <translation>%1 (ya está en la lista)</translation>
    </message>
    <message>
        <source>%1 every %2</source>
        <translation>%1 cada %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Add Selected</source>
        <translation>Añadir seleccionadas</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Certifications</source>
        <translation>
            <numerusform>Añadir %n certificación</numerusform>
            <numerusform>Añadir %n certificaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Certification</name>
    <message>
        <source>Considering</source>
        <translation>En consideración</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Estudiando</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Obtenida</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonada</translation>
    </message>
</context>
<context>
    <name>CertificationEditor</name>
    <message>
        <source>Add Certification</source>
        <translation>Añadir certificación</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Costs and Return</source>
        <translation>Costes y retorno</translation>
    </message>
    <message>
        <source>Skills Covered</source>
        <translation>Habilidades cubiertas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Emisor:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>&amp;Web page:</source>
        <translation>Página &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Credential ID:</source>
        <translation>ID de &amp;credencial:</translation>
    </message>
    <message>
        <source>Started studying:</source>
        <translation>Inicio del estudio:</translation>
    </message>
    <message>
        <source>Exam date:</source>
        <translation>Fecha del examen:</translation>
    </message>
    <message>
        <source>Earned on:</source>
        <translation>Obtenida el:</translation>
    </message>
    <message>
        <source>Expires on:</source>
        <translation>Caduca el:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Costs and hours started from the catalogue&apos;s estimates, written down on %1. Check them against the issuer&apos;s page; your values are kept as you enter them.</source>
        <translation>Los costes y las horas parten de las estimaciones del catálogo, anotadas el %1. Conviene comprobarlos en la página del emisor; los valores se guardan tal como se introducen.</translation>
    </message>
    <message>
        <source>%1 (your profile&apos;s)</source>
        <translation>%1 (la del perfil)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mone&amp;da:</translation>
    </message>
    <message>
        <source>&amp;Exam fee:</source>
        <translation>Tasa de &amp;examen:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Materiales:</translation>
    </message>
    <message>
        <source>O&amp;ther costs:</source>
        <translation>O&amp;tros costes:</translation>
    </message>
    <message>
        <source>&amp;Renewal fee:</source>
        <translation>Tasa de &amp;renovación:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Renewed every:</source>
        <translation>Se renueva cada:</translation>
    </message>
    <message>
        <source>&amp;Planned study:</source>
        <translation>Estudio &amp;previsto:</translation>
    </message>
    <message>
        <source>Logged so far:</source>
        <translation>Registrado hasta ahora:</translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation>Sin estimar</translation>
    </message>
    <message>
        <source>Amount a year</source>
        <translation>Importe anual</translation>
    </message>
    <message>
        <source>% of current salary</source>
        <translation>% del salario actual</translation>
    </message>
    <message>
        <source>Expected salary &amp;uplift:</source>
        <translation>A&amp;umento salarial esperado:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Fix the marked fields before saving (%1).</source>
        <translation>Corregir los campos marcados antes de guardar (%1).</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Earning this certification counts as evidence for the skills you tick.</source>
        <translation>Obtener esta certificación cuenta como evidencia de las habilidades marcadas.</translation>
    </message>
</context>
<context>
    <name>CertificationStore</name>
    <message>
        <source>The certification could not be saved</source>
        <translation>No se pudo guardar la certificación</translation>
    </message>
    <message>
        <source>The certification could not be deleted</source>
        <translation>No se pudo eliminar la certificación</translation>
    </message>
    <message>
        <source>The study time could not be logged</source>
        <translation>No se pudo registrar el tiempo de estudio</translation>
    </message>
    <message>
        <source>The study time could not be removed</source>
        <translation>No se pudo quitar el tiempo de estudio</translation>
    </message>
    <message>
        <source>The certification cannot be read, so it was not deleted: %1</source>
        <translation>No se puede leer la certificación, así que no se eliminó: %1</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <source>The study time logged against %1 cannot be read, so it was not deleted: %2</source>
        <translation>No se puede leer el tiempo de estudio registrado para %1, así que no se eliminó: %2</translation>
    </message>
    <message>
        <source>The certification cannot be read, so it was not saved: %1</source>
        <translation>No se puede leer la certificación, así que no se guardó: %1</translation>
    </message>
</context>
<context>
    <name>CertificationText</name>
    <message>
        <source>Set a horizon of at least one year</source>
        <translation>Fijar un horizonte de al menos un año</translation>
    </message>
    <message>
        <source>Costs, hours and uplift cannot be negative</source>
        <translation>Los costes, las horas y el aumento no pueden ser negativos</translation>
    </message>
    <message>
        <source>The tax or discount rate is out of range</source>
        <translation>El tipo impositivo o la tasa de descuento está fuera de rango</translation>
    </message>
    <message>
        <source>Enter your salary in Edit &gt; Preferences</source>
        <translation>Introducir el salario en Editar &gt; Preferencias</translation>
    </message>
    <message>
        <source>Enter the expected salary gain: Edit...</source>
        <translation>Introducir el aumento salarial esperado: Editar...</translation>
    </message>
    <message>
        <source>nothing left to decide</source>
        <translation>nada pendiente de decidir</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>ROI as a percentage, e.g. &quot;483.3 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no payback</source>
        <translation>sin amortización</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>de inmediato</translation>
    </message>
    <message>
        <source>over 100 years</source>
        <translation>más de 100 años</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>Renovación pendiente</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>needs your salary</source>
        <extracomment>In the ROI column: the user&apos;s salary is not entered yet</extracomment>
        <translation>falta tu salario</translation>
    </message>
    <message>
        <source>needs salary gain</source>
        <extracomment>In the ROI column: the certification&apos;s expected salary gain is not entered yet</extracomment>
        <translation>falta el aumento salarial</translation>
    </message>
    <message>
        <source>check inputs</source>
        <extracomment>In the ROI column: an input is out of range (the tooltip says which)</extracomment>
        <translation>revisa los datos</translation>
    </message>
</context>
<context>
    <name>CertificationValidator</name>
    <message>
        <source>The renewal period cannot be negative.</source>
        <translation>El periodo de renovación no puede ser negativo.</translation>
    </message>
    <message>
        <source>Give the salary gain as an amount or as a percentage, not both.</source>
        <translation>Indicar el aumento salarial como importe o como porcentaje, no de ambas formas.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Falta el nombre.</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>No puede ser negativo.</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <source>the exam</source>
        <translation>el examen</translation>
    </message>
    <message>
        <source>the earned date</source>
        <translation>la fecha de obtención</translation>
    </message>
    <message>
        <source>the expiry</source>
        <translation>la caducidad</translation>
    </message>
    <message>
        <source>Cannot be before %1 (%2).</source>
        <translation>No puede ser anterior a %1 (%2).</translation>
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
        <translation>Obtenida, pero la fecha de caducidad %1 ya pasó</translation>
    </message>
    <message>
        <source>Exam, materials and other: %1
Renewals inside the horizon (%2): %3
Time cost (%4 at %5 an hour): %6%7</source>
        <translation>Examen, materiales y otros: %1
Renovaciones dentro del horizonte (%2): %3
Coste del tiempo (%4 a %5 la hora): %6%7</translation>
    </message>
    <message>
        <source>%1 logged of %2 planned</source>
        <translation>%1 registradas de %2 previstas</translation>
    </message>
    <message>
        <source>Net present value over %1 at a %2 % discount rate</source>
        <translation>Valor actual neto en %1 con una tasa de descuento del %2 %</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <extracomment>money in two currencies that are not converted, e.g. &quot;$400 + 3.200 €&quot;</extracomment>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>logged of planned study hours, e.g. &quot;45 / 90 h&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Exam, materials, other costs, renewals inside the horizon and the value of the study time</source>
        <translation>Examen, materiales, otros costes, renovaciones dentro del horizonte y el valor del tiempo de estudio</translation>
    </message>
    <message>
        <source>Return over the horizon: (benefit after tax x years - total cost) / total cost</source>
        <translation>Retorno en el horizonte: (beneficio tras impuestos x años - coste total) / coste total</translation>
    </message>
    <message>
        <source>Months until the benefit after tax has covered the total cost</source>
        <translation>Meses hasta que el beneficio tras impuestos cubre el coste total</translation>
    </message>
    <message>
        <source>Benefit after tax, discounted a year at a time, minus the total cost</source>
        <translation>Beneficio tras impuestos, descontado año a año, menos el coste total</translation>
    </message>
    <message>
        <source>Hours logged of the hours planned</source>
        <translation>Horas registradas de las horas previstas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Coste total</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Amortización</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>VAN</translation>
    </message>
    <message>
        <source>Costs are in %1, your salary and the value of a study hour in %2: these figures add both without converting. Enter the costs in %2 for a true comparison.</source>
        <translation>Los costes están en %1; el salario y el valor de una hora de estudio, en %2: estas cifras suman ambos sin convertir. Introducir los costes en %2 para una comparación real.</translation>
    </message>
    <message>
        <source>The certifications cannot be read: %1</source>
        <translation>No se pueden leer las certificaciones: %1</translation>
    </message>
    <message>
        <source>The certification cannot be read: %1</source>
        <translation>No se puede leer la certificación: %1</translation>
    </message>
</context>
<context>
    <name>CertificationsPage</name>
    <message>
        <source>Plan the certifications you are considering, track your study time and see which ones pay back, and when.</source>
        <translation>Planificar las certificaciones en consideración, controlar el tiempo de estudio y ver cuáles se amortizan y cuándo.</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>Aña&amp;dir...</translation>
    </message>
    <message>
        <source>Add from &amp;Catalogue...</source>
        <translation>Añadir del &amp;catálogo...</translation>
    </message>
    <message>
        <source>&amp;Log Study...</source>
        <translation>&amp;Registrar estudio...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Filter certifications</source>
        <translation>Filtrar certificaciones</translation>
    </message>
    <message>
        <source>Filter by name or issuer</source>
        <translation>Filtrar por nombre o emisor</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Add Certification...</source>
        <translation>Añadir certificación...</translation>
    </message>
    <message>
        <source>Add from Catalogue...</source>
        <translation>Añadir del catálogo...</translation>
    </message>
    <message>
        <source>No certifications yet. Add one you are considering with &lt;b&gt;Add...&lt;/b&gt;, or start from a common AI, ML or cloud certification with &lt;b&gt;Add from Catalogue...&lt;/b&gt;; then give it an expected salary uplift to see when it pays back.</source>
        <translation>Aún no hay certificaciones. Añadir una en consideración con &lt;b&gt;Añadir...&lt;/b&gt;, o partir de una certificación habitual de IA, ML o nube con &lt;b&gt;Añadir del catálogo...&lt;/b&gt;; después, indicar un aumento salarial esperado para ver cuándo se amortiza.</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>One certification has costs in a currency other than your salary&apos;s (%1): its cost and return add both without converting (marked in the ROI column). Enter its costs in %1 for a true comparison.</source>
        <translation>Una certificación tiene costes en una moneda distinta de la del salario (%1): su coste y su retorno suman ambas sin convertir (marcado en la columna ROI). Introducir sus costes en %1 para una comparación real.</translation>
    </message>
    <message numerus="yes">
        <source>%n certifications have costs in a currency other than your salary&apos;s (%1): their cost and return add both without converting (marked in the ROI column). Enter their costs in %1 for a true comparison.</source>
        <translation>
            <numerusform>%n certificación tiene costes en una moneda distinta de la del salario (%1): su coste y su retorno suman ambas sin convertir (marcado en la columna ROI). Introducir sus costes en %1 para una comparación real.</numerusform>
            <numerusform>%n certificaciones tienen costes en una moneda distinta de la del salario (%1): su coste y su retorno suman ambas sin convertir (marcado en la columna ROI). Introducir sus costes en %1 para una comparación real.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assumptions: horizon %1, tax %2 %, discount %3 %, study hour %4 (Edit &gt; Preferences).</source>
        <translation>Supuestos: horizonte %1, impuestos %2 %, descuento %3 %, hora de estudio %4 (Editar &gt; Preferencias).</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se añadió %1.</translation>
    </message>
    <message>
        <source>Delete %1 and the %2 of study time logged against it?</source>
        <translation>¿Eliminar %1 y las %2 de tiempo de estudio registradas para ella?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <source>Delete Certification</source>
        <translation>Eliminar certificación</translation>
    </message>
    <message>
        <source>Deleted %1. Edit &gt; Undo brings it back.</source>
        <translation>Se eliminó %1. Editar &gt; Deshacer la recupera.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n certifications from the catalogue</source>
        <translation>
            <numerusform>Añadir %n certificación del catálogo</numerusform>
            <numerusform>Añadir %n certificaciones del catálogo</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 from the catalogue: check the estimated costs against the issuer&apos;s page.</source>
        <translation>Se añadió %1 desde el catálogo: conviene comprobar los costes estimados en la página del emisor.</translation>
    </message>
    <message>
        <source>Added %1 certifications from the catalogue: check the estimated costs against the issuer&apos;s page.</source>
        <translation>Se añadieron %1 certificaciones desde el catálogo: conviene comprobar los costes estimados en la página del emisor.</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>Edi&amp;tar...</translation>
    </message>
    <message>
        <source>The roadmap&apos;s skills cannot be read: %1</source>
        <translation>No se pueden leer las habilidades de la hoja de ruta: %1</translation>
    </message>
    <message>
        <source>The certifications already added cannot be read: %1</source>
        <translation>No se pueden leer las certificaciones ya añadidas: %1</translation>
    </message>
</context>
<context>
    <name>ChartDataDialog</name>
    <message>
        <source>Chart Data</source>
        <translation>Datos de los gráficos</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>Gráfico %1</translation>
    </message>
    <message>
        <source>The numbers of the chart &quot;%1&quot;</source>
        <translation>Las cifras del gráfico «%1»</translation>
    </message>
    <message>
        <source>This page shows no chart.</source>
        <translation>Esta página no muestra ningún gráfico.</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>Porción</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Open, update and fully verify an existing workbench without a window, print one line and exit. Never creates a file.</source>
        <translation>Abrir, actualizar y verificar por completo un banco de trabajo existente sin ventana, mostrar una línea y salir. Nunca crea un archivo.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>The workbench FILE to open or work on (the app creates it when it does not exist).</source>
        <translation>El ARCHIVO del banco de trabajo que abrir o con el que trabajar (la aplicación lo crea si no existe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>A workbench to open (the same as --database).</source>
        <translation>Un banco de trabajo que abrir (lo mismo que --database).</translation>
    </message>
    <message>
        <source>Give one workbench file at a time, not %1.</source>
        <translation>Indicar un solo archivo de banco de trabajo cada vez, no %1.</translation>
    </message>
    <message>
        <source>Give the workbench either as --database FILE or as FILE, not both.</source>
        <translation>Indicar el banco de trabajo como --database ARCHIVO o como ARCHIVO, no de ambas formas.</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>--database necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>--%1 and --%2 do not go together: give one command at a time.</source>
        <translation>--%1 y --%2 no van juntas: indicar una sola orden cada vez.</translation>
    </message>
    <message>
        <source>--%1 goes only with %2.</source>
        <translation>--%1 solo va con %2.</translation>
    </message>
    <message>
        <source>--%1 does not work on a workbench: leave out --database and FILE.</source>
        <translation>--%1 no trabaja sobre un banco de trabajo: omitir --database y ARCHIVO.</translation>
    </message>
    <message>
        <source>Commands (one at a time; without one the app starts its window):</source>
        <translation>Órdenes (una cada vez; sin ninguna, la aplicación abre su ventana):</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 the work failed, 2 a mistake on the command line; a command may document others.</source>
        <translation>Códigos de salida: 0 hecho, 1 el trabajo falló, 2 un error en la línea de órdenes; una orden puede documentar otros.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for the commands and their options.</source>
        <translation>Ejecutar «%1 --help» para ver las órdenes y sus opciones.</translation>
    </message>
</context>
<context>
    <name>CompareCharts</name>
    <message>
        <source> (costs in %1 added to salary-based amounts without converting)</source>
        <translation> (costes en %1 sumados a importes basados en el salario sin convertir)</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Valor actual neto</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Amortización</translation>
    </message>
    <message>
        <source>Point at a bar or line to see its value.</source>
        <translation>Señalar una barra o una línea para ver su valor.</translation>
    </message>
    <message>
        <source>Nothing to compare yet: add certifications and give them an expected salary uplift to see which pay back first.</source>
        <translation>Aún no hay nada que comparar: añadir certificaciones e indicar un aumento salarial esperado para ver cuáles se amortizan antes.</translation>
    </message>
    <message>
        <source>ROI over %1</source>
        <translation>ROI en %1</translation>
    </message>
    <message>
        <source>%1: best %2 of %3</source>
        <translation>%1: mejor %2 de %3</translation>
    </message>
    <message>
        <source>ROI %</source>
        <translation>ROI %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: ROI %2, payback %3, NPV %4</source>
        <translation>%1: ROI %2, amortización %3, VAN %4</translation>
    </message>
    <message>
        <source>Break-even: cumulative net value by month</source>
        <translation>Punto de equilibrio: valor neto acumulado por mes</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>%1, month %2: %3 (payback %4)</source>
        <translation>%1, mes %2: %3 (amortización %4)</translation>
    </message>
    <message>
        <source>Net value (%1)</source>
        <translation>Valor neto (%1)</translation>
    </message>
    <message>
        <source>Net value (mixed currencies)</source>
        <translation>Valor neto (monedas mezcladas)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n never pay(s) back)</source>
        <extracomment>chart title, e.g. &quot;Break-even: cumulative net value by month (2 never pay back)&quot;</extracomment>
        <translation>
            <numerusform>%1 (%n nunca se amortiza)</numerusform>
            <numerusform>%1 (%n nunca se amortizan)</numerusform>
        </translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Punto de equilibrio</translation>
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
        <translation>p. ej. Analista de datos camino de la ingeniería de IA</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>e.g. Berlin, Germany</source>
        <translation>p. ej. Madrid, España</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>Two or three sentences: who you are, what you have built, what you look for.</source>
        <translation>Dos o tres frases: quién eres, qué has construido, qué buscas.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>U&amp;bicación:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>Hea&amp;dline:</source>
        <translation>&amp;Titular:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>Create a new workbench with the AI-engineer roadmap at FILE (which must not exist), print one line and exit.</source>
        <translation>Crear un banco de trabajo nuevo con la hoja de ruta de ingeniería de IA en ARCHIVO (que no debe existir), mostrar una línea y salir.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
</context>
<context>
    <name>CreateDemoCommand</name>
    <message>
        <source>Write the demo workbench to FILE (which must not exist) and exit.</source>
        <translation>Escribir el banco de trabajo de demostración en ARCHIVO (que no debe existir) y salir.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import Interview Sessions</source>
        <translation>Importar sesiones de entrevista</translation>
    </message>
    <message>
        <source>Reading %1 ...</source>
        <translation>Leyendo %1 ...</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas que se importarán</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Reading the CSV file</source>
        <translation>Leyendo el archivo CSV</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>El archivo ocupa más de %1 MB.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Rows in %1: %2. New: %3. Updating a session already there (the same date, company, role and format), in place: %4.</source>
        <translation>Filas en %1: %2. Nuevas: %3. Actualizan en su sitio una sesión existente (misma fecha, empresa, puesto y formato): %4.</translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation>Se muestran las primeras %1 filas.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>Importing interview sessions</source>
        <translation>Importando sesiones de entrevista</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>update in place</source>
        <translation>se actualiza</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation>el archivo ocupa más de %1 MB.</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8.</source>
        <translation>el archivo es texto UTF-16; guardarlo como UTF-8.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1 cannot be read); save it as UTF-8.</source>
        <translation>el archivo no es texto UTF-8 (el byte 0x%1 no se puede leer); guardarlo como UTF-8.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>What to learn next</source>
        <translation>Qué aprender a continuación</translation>
    </message>
    <message>
        <source>Every skill is at its target. Raise a target on the Skills page to plan what comes next.</source>
        <translation>Todas las habilidades están en su objetivo. Subir un objetivo en la página Habilidades para planificar el siguiente paso.</translation>
    </message>
    <message>
        <source>Your AI-engineering workbench</source>
        <translation>Banco de trabajo de ingeniería de IA</translation>
    </message>
    <message>
        <source>%1&apos;s AI-engineering workbench</source>
        <translation>El banco de trabajo de ingeniería de IA de %1</translation>
    </message>
    <message>
        <source>Everything here stays in one file on this computer. Pick an area to work on, or use %1 to %2 to move between pages.</source>
        <translation>Todo queda en un solo archivo en este equipo. Elegir un área en la que trabajar, o usar %1 a %2 para cambiar de página.</translation>
    </message>
    <message>
        <source>The workbench could not be read: %1</source>
        <translation>No se pudo leer el banco de trabajo: %1</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>%1 in %2, %3</source>
        <translation>%1 en %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n habilidad</numerusform>
            <numerusform>%n habilidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etapa</numerusform>
            <numerusform>%n etapas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n study session(s) logged</source>
        <translation>
            <numerusform>%n sesión de estudio registrada</numerusform>
            <numerusform>%n sesiones de estudio registradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s) tracked</source>
        <translation>
            <numerusform>%n certificación en seguimiento</numerusform>
            <numerusform>%n certificaciones en seguimiento</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message numerus="yes">
        <source>%n portfolio project(s)</source>
        <translation>
            <numerusform>%n proyecto de portafolio</numerusform>
            <numerusform>%n proyectos de portafolio</numerusform>
        </translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sobre %2</translation>
    </message>
    <message numerus="yes">
        <source>%n interview session(s)</source>
        <translation>
            <numerusform>%n sesión de entrevista</numerusform>
            <numerusform>%n sesiones de entrevista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>%1 and %2 for your resume</source>
        <translation>%1 y %2 para el currículum</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n empleo</numerusform>
            <numerusform>%n empleos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n education entry(s)</source>
        <translation>
            <numerusform>%n entrada de formación</numerusform>
            <numerusform>%n entradas de formación</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2
%3</source>
        <translation>%1. %2
%3</translation>
    </message>
    <message>
        <source>Double-click to open %1 on the Skills page.</source>
        <translation>Doble clic para abrir %1 en la página Habilidades.</translation>
    </message>
    <message>
        <source>The roadmap could not be read: %1</source>
        <translation>No se pudo leer la hoja de ruta: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interview topics due today&lt;/b&gt;</source>
        <translation>&lt;b&gt;Temas de entrevista pendientes hoy&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing to practise today.</source>
        <translation>Nada que practicar hoy.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more topic(s)</source>
        <translation>
            <numerusform>%1 y %n tema más</numerusform>
            <numerusform>%1 y %n temas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Practise on the Interviews page</source>
        <translation>Practicar en la página Entrevistas</translation>
    </message>
    <message>
        <source>Your roadmap has no skills yet. Add the skills you want to learn on the Skills page, each with a target level, and the next steps show here.</source>
        <translation>La hoja de ruta aún no tiene habilidades. Añadir en la página Habilidades las que se quieran aprender, cada una con un nivel objetivo, y aquí aparecerán los siguientes pasos.</translation>
    </message>
    <message>
        <source>The exams and renewals due could not be read: %1</source>
        <translation>No se pudieron leer los exámenes y renovaciones pendientes: %1</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Career Workbench files (*.cwbench *.sqlite *.cwb);;All files (*)</source>
        <translation>Archivos de Career Workbench (*.cwbench *.sqlite *.cwb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New Workbench from Template</source>
        <translation>Nuevo banco de trabajo desde plantilla</translation>
    </message>
    <message>
        <source>%1 already exists. A new workbench never replaces a file; choose a new name.</source>
        <translation>%1 ya existe. Un banco de trabajo nuevo nunca sustituye a un archivo; elegir otro nombre.</translation>
    </message>
    <message>
        <source>Creating the workbench</source>
        <translation>Creando el banco de trabajo</translation>
    </message>
    <message>
        <source>writing the roadmap</source>
        <translation>escribiendo la hoja de ruta</translation>
    </message>
    <message>
        <source>Cancelled; nothing was created.</source>
        <translation>Cancelado; no se creó nada.</translation>
    </message>
    <message>
        <source>Wait until &quot;%1&quot; has finished, or cancel it.</source>
        <translation>Esperar a que termine «%1», o cancelarlo.</translation>
    </message>
    <message>
        <source>Cannot Open Workbench</source>
        <translation>No se puede abrir el banco de trabajo</translation>
    </message>
    <message>
        <source>New Workbench</source>
        <translation>Nuevo banco de trabajo</translation>
    </message>
    <message>
        <source>workbench</source>
        <translation>banco-de-trabajo</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the new workbench; to work in the existing file, use File &gt; Open.</source>
        <translation>%1 ya existe. Elegir un nombre de archivo nuevo para el nuevo banco de trabajo; para trabajar en el archivo existente, usar Archivo &gt; Abrir.</translation>
    </message>
    <message>
        <source>Open Workbench</source>
        <translation>Abrir banco de trabajo</translation>
    </message>
    <message>
        <source>%1 no longer exists. It was removed from the recent list.</source>
        <translation>%1 ya no existe. Se quitó de la lista de recientes.</translation>
    </message>
    <message>
        <source>Save Workbench As</source>
        <translation>Guardar banco de trabajo como</translation>
    </message>
    <message>
        <source>Save As Failed</source>
        <translation>Error al guardar como</translation>
    </message>
    <message>
        <source>The workbench was not saved as %1: %2 Your data is unchanged.</source>
        <translation>El banco de trabajo no se guardó como %1: %2 Los datos no han cambiado.</translation>
    </message>
    <message>
        <source>Demo Workbench</source>
        <translation>Banco de trabajo de demostración</translation>
    </message>
    <message>
        <source>Writing the demo workbench</source>
        <translation>Escribiendo el banco de trabajo de demostración</translation>
    </message>
    <message>
        <source>Cancelled; no demo workbench was written.</source>
        <translation>Cancelado; no se escribió ningún banco de trabajo de demostración.</translation>
    </message>
    <message>
        <source>The demo workbench could not be written: %1</source>
        <translation>No se pudo escribir el banco de trabajo de demostración: %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Practice Drill</source>
        <translation>Simulacro de práctica</translation>
    </message>
    <message>
        <source>How did you answer? &amp;Score (1-5):</source>
        <translation>¿Qué tal fue la respuesta? &amp;Puntuación (1-5):</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>&amp;Siguiente pregunta</translation>
    </message>
    <message>
        <source>&amp;Finish and Log</source>
        <translation>&amp;Terminar y registrar</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
</context>
<context>
    <name>DrillPlan</name>
    <message>
        <source>Explain %1 as you would to an interviewer, with an example and its trade-offs.</source>
        <translation>Explicar %1 como ante un entrevistador, con un ejemplo y sus compromisos.</translation>
    </message>
</context>
<context>
    <name>EditCertificationCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>EditProjectCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>EducationEditor</name>
    <message>
        <source>Education</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>&amp;Add education</source>
        <translation>A&amp;ñadir formación</translation>
    </message>
    <message>
        <source>No education yet. Add degrees, diplomas and long courses.</source>
        <translation>Aún no hay formación. Añade títulos, diplomas y cursos largos.</translation>
    </message>
    <message>
        <source>e.g. Computer Science</source>
        <translation>p. ej. Informática</translation>
    </message>
    <message>
        <source>e.g. Bachelor, Master, Diploma</source>
        <translation>p. ej. Grado, Máster, Diploma</translation>
    </message>
    <message>
        <source>e.g. 3.8 GPA, First-class honours</source>
        <translation>p. ej. 9,1 de media, matrícula de honor</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>One course per line</source>
        <translation>Un curso por línea</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Degree:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Dirección &amp;web:</translation>
    </message>
    <message>
        <source>E&amp;nded:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Education in the list: &quot;Degree Area, Institution&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Edit education at %1</source>
        <translation>Editar formación en %1</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Nueva institución</translation>
    </message>
    <message>
        <source>Add education</source>
        <translation>Añadir formación</translation>
    </message>
    <message>
        <source>Remove education at %1</source>
        <translation>Eliminar formación en %1</translation>
    </message>
    <message>
        <source>Reorder education</source>
        <translation>Reordenar formación</translation>
    </message>
    <message>
        <source>Area of stud&amp;y:</source>
        <translation>Área de estu&amp;dio:</translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation>Inici&amp;o:</translation>
    </message>
    <message>
        <source>Course&amp;s:</source>
        <translation>Cu&amp;rsos:</translation>
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
        <translation>La entrada ya no existe.</translation>
    </message>
</context>
<context>
    <name>EntryListEditor</name>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Drag to change the order the resume shows.</source>
        <translation>Arrastra para cambiar el orden que muestra el currículum.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
</context>
<context>
    <name>EvidenceListWidget</name>
    <message>
        <source>Tick what shows this skill. A certification counts as evidence once it is earned.</source>
        <translation>Marcar lo que demuestra esta habilidad. Una certificación cuenta como evidencia una vez obtenida.</translation>
    </message>
    <message>
        <source>earned</source>
        <translation>obtenida</translation>
    </message>
    <message>
        <source>expired: not evidence</source>
        <translation>caducada: no es evidencia</translation>
    </message>
    <message>
        <source>not earned yet: not evidence</source>
        <translation>aún no obtenida: no es evidencia</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Interview topics</source>
        <translation>Temas de entrevista</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (now linked to %2)</source>
        <translation>%1 (ahora vinculado a %2)</translation>
    </message>
    <message>
        <source>An interview topic belongs to one skill: ticking it here moves it from %1.</source>
        <translation>Un tema de entrevista pertenece a una sola habilidad: marcarlo aquí lo mueve desde %1.</translation>
    </message>
    <message>
        <source>No projects yet: add them on the Projects page.</source>
        <translation>Aún no hay proyectos: se añaden en la página Proyectos.</translation>
    </message>
    <message>
        <source>No certifications yet: add them on the Certifications page.</source>
        <translation>Aún no hay certificaciones: se añaden en la página Certificaciones.</translation>
    </message>
    <message>
        <source>No interview topics yet: add them on the Interviews page.</source>
        <translation>Aún no hay temas de entrevista: se añaden en la página Entrevistas.</translation>
    </message>
</context>
<context>
    <name>ExportBackupCommand</name>
    <message>
        <source>Write the whole workbench as one JSON backup FILE, to move it to another machine or version (restore it with --import-backup).</source>
        <translation>Escribir todo el banco de trabajo como un ARCHIVO JSON de copia de seguridad, para llevarlo a otro equipo o versión (se restaura con --import-backup).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>--export-backup needs the name of the file to write.</source>
        <translation>--export-backup necesita el nombre del archivo que se escribirá.</translation>
    </message>
</context>
<context>
    <name>ExportCsvCommand</name>
    <message>
        <source>Write the workbench&apos;s interview sessions to a CSV file.</source>
        <translation>Escribir las sesiones de entrevista del banco de trabajo en un archivo CSV.</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>SALIDA.csv</translation>
    </message>
    <message>
        <source>--export-csv needs the name of the file to write.</source>
        <translation>--export-csv necesita el nombre del archivo que escribir.</translation>
    </message>
    <message>
        <source>Exported %1 interview sessions to %2.</source>
        <translation>Se exportaron %1 sesiones de entrevista a %2.</translation>
    </message>
</context>
<context>
    <name>ExportIcsCommand</name>
    <message>
        <source>Write exam dates, expiries, renewals and interview dates to an iCalendar FILE (Google Calendar, Outlook and Thunderbird import it; a re-import updates the events).</source>
        <translation>Escribir fechas de examen, caducidades, renovaciones y fechas de entrevista en un ARCHIVO iCalendar (Google Calendar, Outlook y Thunderbird lo importan; una nueva importación actualiza los eventos).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
</context>
<context>
    <name>ExportJsonResumeCommand</name>
    <message>
        <source>Write the profile, work, education, skills, projects, certificates and languages as a JSON Resume FILE (schema 1.2.1, read by resume builders and the JSON Resume themes).</source>
        <translation>Escribir el perfil, la experiencia, la formación, las habilidades, los proyectos, los certificados y los idiomas como un ARCHIVO JSON Resume (esquema 1.2.1, que leen los editores de currículums y los temas de JSON Resume).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>--export-json-resume needs the name of the file to write.</source>
        <translation>--export-json-resume necesita el nombre del archivo que se escribirá.</translation>
    </message>
</context>
<context>
    <name>ExportReportCommand</name>
    <message>
        <source>Export the report chosen by --report as a PDF to FILE and exit.</source>
        <translation>Exportar el informe elegido con --report como PDF a ARCHIVO y salir.</translation>
    </message>
    <message>
        <source>Export the report chosen by --report as an HTML page to FILE and exit.</source>
        <translation>Exportar el informe elegido con --report como página HTML a ARCHIVO y salir.</translation>
    </message>
    <message>
        <source>Export the report chosen by --report as Markdown to FILE and exit.</source>
        <translation>Exportar el informe elegido con --report como Markdown a ARCHIVO y salir.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The report to export: portfolio or resume.</source>
        <translation>El informe que exportar: portfolio o resume.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>Page size of a PDF export: A4 or Letter (default: from the locale).</source>
        <translation>Tamaño de página de una exportación PDF: A4 o Letter (predeterminado: según la configuración regional).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>Target role as comma-separated tags; matching content comes first.</source>
        <translation>Puesto objetivo como etiquetas separadas por comas; el contenido que coincide va primero.</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>ETIQUETAS</translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation>--%1 necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>--%1 needs --report portfolio or --report resume.</source>
        <translation>--%1 necesita --report portfolio o --report resume.</translation>
    </message>
    <message>
        <source>--report must be portfolio or resume, not &quot;%1&quot;.</source>
        <translation>--report debe ser portfolio o resume, no «%1».</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &quot;%1&quot;.</source>
        <translation>--page-size debe ser A4 o Letter, no «%1».</translation>
    </message>
    <message>
        <source>--%1 needs --database FILE.</source>
        <translation>--%1 necesita --database ARCHIVO.</translation>
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
        <translation>%1 horas</translation>
    </message>
    <message numerus="yes">
        <source>%1 hour(s)</source>
        <extracomment>a whole number of hours, e.g. &quot;1 hour&quot;, &quot;12 hours&quot; (%1 is the number)</extracomment>
        <translation>
            <numerusform>%1 hora</numerusform>
            <numerusform>%1 horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>a number of minutes, e.g. &quot;45 min&quot; (%1 is the number)</extracomment>
        <translation>%1 min</translation>
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
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <comment>metric name, baseline, achieved</comment>
        <translation>%1 de %2 a %3</translation>
    </message>
</context>
<context>
    <name>ImportBackupCommand</name>
    <message>
        <source>Restore a JSON backup FILE into the new workbench named by --into (never over an existing file).</source>
        <translation>Restaurar un ARCHIVO JSON de copia de seguridad en el banco de trabajo nuevo indicado con --into (nunca sobre un archivo existente).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>With --import-backup: the new workbench FILE to create (it must not exist).</source>
        <translation>Con --import-backup: el ARCHIVO de banco de trabajo nuevo que se creará (no debe existir).</translation>
    </message>
    <message>
        <source>--import-backup needs the name of the backup to read.</source>
        <translation>--import-backup necesita el nombre de la copia de seguridad que se leerá.</translation>
    </message>
    <message>
        <source>--import-backup needs --into NEW-FILE: a backup is restored into a new workbench.</source>
        <translation>--import-backup necesita --into ARCHIVO-NUEVO: una copia de seguridad se restaura en un banco de trabajo nuevo.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no existe ese archivo.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup is only restored into a new file; choose another name.</source>
        <translation>%1 ya existe. Una copia de seguridad solo se restaura en un archivo nuevo; elige otro nombre.</translation>
    </message>
    <message>
        <source>Restored %1 rows in %2 tables from %3 into %4.</source>
        <translation>Restauradas %1 filas en %2 tablas de %3 en %4.</translation>
    </message>
</context>
<context>
    <name>ImportCsvCommand</name>
    <message>
        <source>Import interview sessions from a CSV file, all or nothing; a session with the same date, company, role and format is updated in place.</source>
        <translation>Importar sesiones de entrevista desde un archivo CSV, todo o nada; una sesión con la misma fecha, empresa, puesto y formato se actualiza en su sitio.</translation>
    </message>
    <message>
        <source>IN.csv</source>
        <translation>ENTRADA.csv</translation>
    </message>
    <message>
        <source>--import-csv needs the name of the file to read.</source>
        <translation>--import-csv necesita el nombre del archivo que leer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported %1 interview sessions from %2: %3 new, %4 updated in place.</source>
        <translation>Se importaron %1 sesiones de entrevista desde %2: %3 nuevas, %4 actualizadas en su sitio.</translation>
    </message>
</context>
<context>
    <name>ImportJsonResumeCommand</name>
    <message>
        <source>Merge a JSON Resume FILE into the workbench, all or nothing: entries it already has are updated, not duplicated; fields the workbench does not keep are listed.</source>
        <translation>Incorporar un ARCHIVO JSON Resume al banco de trabajo, todo o nada: las entradas que ya tiene se actualizan, no se duplican; se indican los campos que el banco de trabajo no guarda.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>--import-json-resume needs the name of the file to read.</source>
        <translation>--import-json-resume necesita el nombre del archivo que se leerá.</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged, %5 kept as they were.</source>
        <translation>Importado %1: %2 añadidas, %3 actualizadas, %4 sin cambios, %5 conservadas tal como estaban.</translation>
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
        <translation>&amp;Copia de seguridad en un banco de trabajo nuevo...</translation>
    </message>
    <message>
        <source>&amp;Backup...</source>
        <translation>&amp;Copia de seguridad...</translation>
    </message>
    <message>
        <source>&amp;Calendar (iCalendar)...</source>
        <translation>Ca&amp;lendario (iCalendar)...</translation>
    </message>
    <message>
        <source>Other work is still running. Wait for it to finish, or cancel it in the status bar.</source>
        <translation>Todavía hay otro trabajo en curso. Espera a que termine o cancélalo en la barra de estado.</translation>
    </message>
    <message>
        <source>Export JSON Resume</source>
        <translation>Exportar JSON Resume</translation>
    </message>
    <message>
        <source>JSON Resume (*.json)</source>
        <translation>JSON Resume (*.json)</translation>
    </message>
    <message>
        <source>Exporting the JSON Resume</source>
        <translation>Exportando el JSON Resume</translation>
    </message>
    <message>
        <source>Import JSON Resume</source>
        <translation>Importar JSON Resume</translation>
    </message>
    <message>
        <source>JSON Resume (*.json);;All files (*)</source>
        <translation>JSON Resume (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import %1?</source>
        <translation>¿Importar %1?</translation>
    </message>
    <message>
        <source>Importing the JSON Resume</source>
        <translation>Importando el JSON Resume</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <source>Export Backup</source>
        <translation>Exportar copia de seguridad</translation>
    </message>
    <message>
        <source>Career Workbench backup (*.json)</source>
        <translation>Copia de seguridad de Career Workbench (*.json)</translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation>Escribiendo la copia de seguridad</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar</source>
        <translation>Escribiendo el calendario</translation>
    </message>
    <message>
        <source>Import Backup</source>
        <translation>Importar copia de seguridad</translation>
    </message>
    <message>
        <source>Career Workbench backup (*.json);;All files (*)</source>
        <translation>Copia de seguridad de Career Workbench (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New Workbench for the Backup</source>
        <translation>Banco de trabajo nuevo para la copia de seguridad</translation>
    </message>
    <message>
        <source>%1 already exists. A backup is only restored into a new file; choose another name.</source>
        <translation>%1 ya existe. Una copia de seguridad solo se restaura en un archivo nuevo; elige otro nombre.</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restaurando la copia de seguridad</translation>
    </message>
</context>
<context>
    <name>InterviewCharts</name>
    <message>
        <source>Format shown in the score chart</source>
        <translation>Formato que muestra el gráfico de puntuación</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Todos los formatos</translation>
    </message>
    <message>
        <source>Score over time, all formats</source>
        <translation>Puntuación a lo largo del tiempo, todos los formatos</translation>
    </message>
    <message>
        <source>Score over time: %1</source>
        <translation>Puntuación a lo largo del tiempo: %1</translation>
    </message>
    <message>
        <source>Session score</source>
        <translation>Puntuación de la sesión</translation>
    </message>
    <message>
        <source>Moving average of %1</source>
        <translation>Media móvil de %1</translation>
    </message>
    <message>
        <source>Sessions per week, by format</source>
        <translation>Sesiones por semana, por formato</translation>
    </message>
    <message>
        <source>Strength per topic (weakest %1)</source>
        <translation>Dominio por tema (los %1 más flojos)</translation>
    </message>
    <message>
        <source>Average of the last scores</source>
        <translation>Media de las últimas puntuaciones</translation>
    </message>
    <message>
        <source>Readiness per format: recent average against the target %1</source>
        <translation>Preparación por formato: media reciente frente al objetivo %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>Gráfico mostrado</translation>
    </message>
    <message>
        <source>Score over time</source>
        <translation>Puntuación a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Strength per topic</source>
        <translation>Dominio por tema</translation>
    </message>
    <message>
        <source>Readiness per format</source>
        <translation>Preparación por formato</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Average of the last %1 scores</source>
        <translation>Media de las últimas %1 puntuaciones</translation>
    </message>
    <message>
        <source>Average of the last %1 sessions</source>
        <translation>Media de las últimas %1 sesiones</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Char&amp;t:</source>
        <translation>Grá&amp;fico:</translation>
    </message>
</context>
<context>
    <name>InterviewCsv</name>
    <message>
        <source>The column &quot;%1&quot; is not known and was ignored.</source>
        <translation>La columna «%1» no se conoce y se ignoró.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice.</source>
        <translation>la columna «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column.</source>
        <translation>la cabecera no tiene la columna «%1».</translation>
    </message>
    <message>
        <source>the file has a header but no sessions.</source>
        <translation>el archivo tiene cabecera pero ninguna sesión.</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2.</source>
        <translation>se esperaban %1 campos como en la cabecera, hay %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM).</source>
        <translation>«%1» no es una fecha ISO 8601 (AAAA-MM-DD, o AAAA-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>the kind must be &quot;mock&quot; or &quot;real&quot;, not &quot;%1&quot;.</source>
        <translation>el tipo debe ser «mock» o «real», no «%1».</translation>
    </message>
    <message>
        <source>ran_by must be &quot;self&quot;, &quot;peer&quot;, &quot;platform&quot; or empty, not &quot;%1&quot;.</source>
        <translation>ran_by debe ser «self», «peer», «platform» o vacío, no «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of minutes.</source>
        <translation>«%1» no es un número entero de minutos.</translation>
    </message>
    <message>
        <source>the self score must be a number from 1 to 5, not &quot;%1&quot;.</source>
        <translation>la autoevaluación debe ser un número del 1 al 5, no «%1».</translation>
    </message>
    <message>
        <source>the interviewer score must be a number from 1 to 5 or empty, not &quot;%1&quot;.</source>
        <translation>la puntuación del entrevistador debe ser un número del 1 al 5 o vacía, no «%1».</translation>
    </message>
    <message>
        <source>the score of topic &quot;%1&quot; must be a number from 1 to 5.</source>
        <translation>la puntuación del tema «%1» debe ser un número del 1 al 5.</translation>
    </message>
</context>
<context>
    <name>InterviewCsvImport</name>
    <message>
        <source>The import cannot start a transaction.</source>
        <translation>La importación no puede iniciar una transacción.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>The import could not be saved.</source>
        <translation>No se pudo guardar la importación.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>line 1, column 1: the file is too large to import.</source>
        <translation>línea 1, columna 1: el archivo es demasiado grande para importarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>InterviewFilterBar</name>
    <message>
        <source>Search company, role, topics, notes</source>
        <translation>Buscar empresa, puesto, temas, notas</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Buscar sesiones</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Mock and real</source>
        <translation>Simuladas y reales</translation>
    </message>
    <message>
        <source>Mock only</source>
        <translation>Solo simuladas</translation>
    </message>
    <message>
        <source>Real only</source>
        <translation>Solo reales</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Todos los formatos</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>InterviewFormat</name>
    <message>
        <source>Coding</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>ML system design</source>
        <translation>Diseño de sistemas de ML</translation>
    </message>
    <message>
        <source>ML theory</source>
        <translation>Teoría de ML</translation>
    </message>
    <message>
        <source>Deep learning</source>
        <translation>Aprendizaje profundo</translation>
    </message>
    <message>
        <source>Statistics and probability</source>
        <translation>Estadística y probabilidad</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Conductual</translation>
    </message>
    <message>
        <source>Responsible AI</source>
        <translation>IA responsable</translation>
    </message>
    <message>
        <source>Take-home</source>
        <translation>Prueba para casa</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <source>Technical (general)</source>
        <translation>Técnica (general)</translation>
    </message>
</context>
<context>
    <name>InterviewSessionValidator</name>
    <message>
        <source>A topic has no name.</source>
        <translation>Un tema no tiene nombre.</translation>
    </message>
    <message>
        <source>A topic name starts or ends with a space.</source>
        <translation>El nombre de un tema empieza o termina con un espacio.</translation>
    </message>
    <message>
        <source>A topic name is longer than %1 characters.</source>
        <translation>El nombre de un tema tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>A topic name cannot contain a semicolon, a colon or a line break.</source>
        <translation>El nombre de un tema no puede contener punto y coma, dos puntos ni saltos de línea.</translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation>Falta la fecha de la sesión.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known format.</source>
        <translation>«%1» no es un formato conocido.</translation>
    </message>
    <message>
        <source>Only a mock interview has someone who ran it.</source>
        <translation>Solo una entrevista simulada tiene a alguien que la dirigió.</translation>
    </message>
    <message>
        <source>A real interview needs the company.</source>
        <translation>Una entrevista real necesita la empresa.</translation>
    </message>
    <message>
        <source>The duration must be between 0 and %1 minutes.</source>
        <translation>La duración debe estar entre 0 y %1 minutos.</translation>
    </message>
    <message>
        <source>The self score must be between 1 and 5.</source>
        <translation>La autoevaluación debe estar entre 1 y 5.</translation>
    </message>
    <message>
        <source>The interviewer score must be between 1 and 5, or empty.</source>
        <translation>La puntuación del entrevistador debe estar entre 1 y 5, o vacía.</translation>
    </message>
    <message>
        <source>A session can have at most %1 topics.</source>
        <translation>Una sesión puede tener como máximo %1 temas.</translation>
    </message>
    <message>
        <source>The score of &quot;%1&quot; must be between 1 and 5.</source>
        <translation>La puntuación de «%1» debe estar entre 1 y 5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>«%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>This is longer than 1,000 characters.</source>
        <translation>Tiene más de 1.000 caracteres.</translation>
    </message>
</context>
<context>
    <name>InterviewSessionsModel</name>
    <message>
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Mock</source>
        <translation>Simulada</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mock (%1)</source>
        <translation>Simulada (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Propia</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
</context>
<context>
    <name>InterviewSettingsPanel</name>
    <message>
        <source>&amp;Target score (1-5):</source>
        <translation>Puntuación &amp;objetivo (1-5):</translation>
    </message>
    <message>
        <source>A format counts as ready when the average of its last %1 sessions reaches this score (the interviewer&apos;s score where there is one, else your own).</source>
        <translation>Un formato cuenta como preparado cuando la media de sus últimas %1 sesiones alcanza esta puntuación (la del entrevistador si la hay; si no, la autoevaluación).</translation>
    </message>
    <message>
        <source>The interview target score could not be saved: %1</source>
        <translation>No se pudo guardar la puntuación objetivo de entrevistas: %1</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>The target score cannot be read: %1</source>
        <translation>No se puede leer la puntuación objetivo: %1</translation>
    </message>
</context>
<context>
    <name>InterviewStore</name>
    <message>
        <source>The interview session could not be saved</source>
        <translation>No se pudo guardar la sesión de entrevista</translation>
    </message>
    <message>
        <source>The interview session could not be deleted</source>
        <translation>No se pudo eliminar la sesión de entrevista</translation>
    </message>
    <message>
        <source>The interview session cannot be read: %1</source>
        <translation>No se puede leer la sesión de entrevista: %1</translation>
    </message>
    <message>
        <source>The format could not be added</source>
        <translation>No se pudo añadir el formato</translation>
    </message>
    <message>
        <source>the name needs at least one letter or digit</source>
        <translation>el nombre necesita al menos una letra o un dígito</translation>
    </message>
    <message>
        <source>The format could not be removed</source>
        <translation>No se pudo quitar el formato</translation>
    </message>
    <message>
        <source>The application could not be saved</source>
        <translation>No se pudo guardar la candidatura</translation>
    </message>
    <message>
        <source>The application could not be deleted</source>
        <translation>No se pudo eliminar la candidatura</translation>
    </message>
    <message>
        <source>The application could not be moved</source>
        <translation>No se pudo cambiar de fase la candidatura</translation>
    </message>
    <message>
        <source>The application could not be moved back</source>
        <translation>No se pudo devolver la candidatura a su fase</translation>
    </message>
    <message>
        <source>The application cannot be read: %1</source>
        <translation>No se puede leer la candidatura: %1</translation>
    </message>
    <message>
        <source>The question bank cannot be read: %1</source>
        <translation>No se puede leer el banco de preguntas: %1</translation>
    </message>
    <message>
        <source>The questions could not be added to the bank</source>
        <translation>No se pudieron añadir las preguntas al banco</translation>
    </message>
    <message>
        <source>The question bank could not be restored</source>
        <translation>No se pudo restaurar el banco de preguntas</translation>
    </message>
    <message>
        <source>The question could not be saved</source>
        <translation>No se pudo guardar la pregunta</translation>
    </message>
    <message>
        <source>The question could not be deleted</source>
        <translation>No se pudo eliminar la pregunta</translation>
    </message>
    <message>
        <source>The application could not be restored</source>
        <translation>No se pudo restaurar la candidatura</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <source>Log mock and real interviews, see whether you improve, and practise the topics that are due or weakest.</source>
        <translation>Registrar entrevistas simuladas y reales, ver si hay mejora y practicar los temas pendientes o más flojos.</translation>
    </message>
    <message>
        <source>&amp;Log Session...</source>
        <translation>&amp;Registrar sesión...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Questions to &amp;Bank</source>
        <translation>Preguntas al &amp;banco</translation>
    </message>
    <message>
        <source>Put the selected session&apos;s questions into the question bank</source>
        <translation>Pasar las preguntas de la sesión seleccionada al banco de preguntas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Practice Next</source>
        <translation>Práctica siguiente</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Log Session...</source>
        <translation>Registrar sesión...</translation>
    </message>
    <message>
        <source>No interviews yet. Log a mock or real interview with &lt;b&gt;Log Session...&lt;/b&gt;: its topics and scores decide what to practise next.</source>
        <translation>Aún no hay entrevistas. Registrar una entrevista simulada o real con &lt;b&gt;Registrar sesión...&lt;/b&gt;: sus temas y puntuaciones deciden qué practicar a continuación.</translation>
    </message>
    <message>
        <source>Interview sessions</source>
        <translation>Sesiones de entrevista</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sessions shown</source>
        <translation>Se muestran %1 de %2 sesiones</translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation>Registrar una sesión</translation>
    </message>
    <message>
        <source>Logged the session. Topics due and charts are updated.</source>
        <translation>Sesión registrada. Los temas pendientes y los gráficos están actualizados.</translation>
    </message>
    <message>
        <source>Edit the session of %1</source>
        <translation>Editar la sesión del %1</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Delete the %1 session of %2?</source>
        <translation>¿Eliminar la sesión «%1» del %2?</translation>
    </message>
    <message>
        <source>Deleted the session of %1. Edit &gt; Undo brings it back.</source>
        <translation>Se eliminó la sesión del %1. Editar &gt; Deshacer la recupera.</translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s) in the bank; the others counted as asked again.</source>
        <translation>
            <numerusform>%n pregunta nueva en el banco; las demás cuentan como hechas de nuevo.</numerusform>
            <numerusform>%n preguntas nuevas en el banco; las demás cuentan como hechas de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practice Drill</source>
        <translation>Simulacro de práctica</translation>
    </message>
    <message>
        <source>Log a practice drill</source>
        <translation>Registrar un simulacro de práctica</translation>
    </message>
    <message>
        <source>Logged the drill as a self-practice session.</source>
        <translation>El simulacro se registró como sesión de práctica propia.</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>Edi&amp;tar...</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;xportar CSV...</translation>
    </message>
    <message>
        <source>Question Bank</source>
        <translation>Banco de preguntas</translation>
    </message>
    <message>
        <source>Import Interview Sessions</source>
        <translation>Importar sesiones de entrevista</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n interview session(s).</source>
        <translation>
            <numerusform>%n sesión de entrevista importada.</numerusform>
            <numerusform>%n sesiones de entrevista importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Interview Sessions</source>
        <translation>Exportar sesiones de entrevista</translation>
    </message>
    <message>
        <source>interview-sessions.csv</source>
        <translation>sesiones-de-entrevista.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The sessions could not be exported: %1</source>
        <translation>No se pudieron exportar las sesiones: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n interview session(s) to %1.</source>
        <translation>
            <numerusform>%n sesión de entrevista exportada a %1.</numerusform>
            <numerusform>%n sesiones de entrevista exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;CSV...</source>
        <translation>&amp;Importar CSV...</translation>
    </message>
    <message>
        <source>No topic fits the drill options. Log a session with scored topics, or choose other topics or another format.</source>
        <translation>Ningún tema encaja con las opciones del simulacro. Registra una sesión con temas puntuados, o elige otros temas u otro formato.</translation>
    </message>
    <message>
        <source>The formats, applications and topics the editor offers cannot be read: %1</source>
        <translation>No se pueden leer los formatos, las candidaturas y los temas que ofrece el editor: %1</translation>
    </message>
    <message>
        <source>Your target score cannot be read: %1</source>
        <translation>No se puede leer tu puntuación objetivo: %1</translation>
    </message>
</context>
<context>
    <name>JobMatchModel</name>
    <message>
        <source>Proven</source>
        <translation>Demostrado</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Declarado</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>You have this skill and evidence that shows it.</source>
        <translation>Tienes esta habilidad y evidencia que la demuestra.</translation>
    </message>
    <message>
        <source>You have a level in this skill but nothing that shows it yet: link a project, an earned certification or interview practice.</source>
        <translation>Tienes un nivel en esta habilidad, pero aún nada que lo demuestre: vincula un proyecto, una certificación obtenida o práctica de entrevistas.</translation>
    </message>
    <message>
        <source>On your roadmap, not started yet.</source>
        <translation>En tu hoja de ruta, aún sin empezar.</translation>
    </message>
    <message>
        <source>Not on your roadmap.</source>
        <translation>No está en tu hoja de ruta.</translation>
    </message>
    <message>
        <source>(not on the roadmap)</source>
        <translation>(no está en la hoja de ruta)</translation>
    </message>
    <message>
        <source>%1 (level %2 of %3)</source>
        <extracomment>%1 skill, %2 current level, %3 target level</extracomment>
        <translation>%1 (nivel %2 de %3)</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Roadmap skill</source>
        <translation>Habilidad de la hoja de ruta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
</context>
<context>
    <name>JobMatchPage</name>
    <message>
        <source>Paste a job posting or load a JSON job file: each requirement shows as proven, claimed or missing on your roadmap, with the evidence behind it.</source>
        <translation>Pega una oferta de empleo o carga un archivo de oferta JSON: cada requisito aparece como demostrado, declarado o ausente en tu hoja de ruta, con la evidencia que lo respalda.</translation>
    </message>
    <message>
        <source>&amp;New Posting</source>
        <translation>&amp;Nueva oferta</translation>
    </message>
    <message>
        <source>&amp;Load Job File...</source>
        <translation>&amp;Cargar archivo de oferta...</translation>
    </message>
    <message>
        <source>&amp;Delete Posting</source>
        <translation>E&amp;liminar oferta</translation>
    </message>
    <message>
        <source>Job postings</source>
        <translation>Ofertas de empleo</translation>
    </message>
    <message>
        <source>Kept the posting %1.</source>
        <translation>Se ha guardado la oferta %1.</translation>
    </message>
    <message>
        <source>Load Job File</source>
        <translation>Cargar archivo de oferta</translation>
    </message>
    <message>
        <source>JSON job files (*.json);;All files (*)</source>
        <translation>Archivos de oferta JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB: that is not a job posting.</source>
        <translation>%1 ocupa más de 4 MB: eso no es una oferta de empleo.</translation>
    </message>
    <message>
        <source>%1 was not loaded, nothing was saved: %2</source>
        <translation>%1 no se ha cargado, no se ha guardado nada: %2</translation>
    </message>
    <message>
        <source>Loaded the posting %1.</source>
        <translation>Se ha cargado la oferta %1.</translation>
    </message>
    <message>
        <source>Deleted the posting %1 (Undo brings it back).</source>
        <translation>Se ha eliminado la oferta %1 (Deshacer la recupera).</translation>
    </message>
    <message>
        <source>The Resume already targets this posting: %1</source>
        <translation>El currículum ya apunta a esta oferta: %1</translation>
    </message>
    <message>
        <source>Tailor Resume to %1</source>
        <translation>Adaptar el currículum a %1</translation>
    </message>
    <message>
        <source>The Resume (Reports page) now targets: %1</source>
        <translation>El currículum (página Informes) apunta ahora a: %1</translation>
    </message>
    <message>
        <source>From job postings</source>
        <translation>De ofertas de empleo</translation>
    </message>
    <message>
        <source>Asked for by the job posting &quot;%1&quot;.</source>
        <translation>Lo pide la oferta de empleo «%1».</translation>
    </message>
    <message>
        <source>Nothing to add: every requirement is on your roadmap with a target above your level.</source>
        <translation>Nada que añadir: cada requisito está en tu hoja de ruta con un objetivo por encima de tu nivel.</translation>
    </message>
    <message>
        <source>Roadmap: %1, %2. They are in the learn-next ranking now.</source>
        <extracomment>%1 is &quot;N new skills&quot;, %2 &quot;N skills raised&quot;</extracomment>
        <translation>Hoja de ruta: %1, %2. Ya están en la lista de qué aprender a continuación.</translation>
    </message>
    <message numerus="yes">
        <source>%n new skill(s)</source>
        <translation>
            <numerusform>%n habilidad nueva</numerusform>
            <numerusform>%n habilidades nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) raised</source>
        <translation>
            <numerusform>%n habilidad elevada</numerusform>
            <numerusform>%n habilidades elevadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Job Match</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Matching the job postings</source>
        <translation>Comparando las ofertas de empleo</translation>
    </message>
</context>
<context>
    <name>JobMatcher</name>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A job file is one JSON object with a title, a description and skills.</source>
        <translation>Un archivo de oferta es un objeto JSON con título, descripción y habilidades.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Proyecto: %1</translation>
    </message>
    <message>
        <source>Certification: %1</source>
        <translation>Certificación: %1</translation>
    </message>
    <message>
        <source>Interview practice: %1</source>
        <translation>Práctica de entrevistas: %1</translation>
    </message>
</context>
<context>
    <name>JobPostingRepository</name>
    <message>
        <source>the posting no longer exists</source>
        <translation>la oferta ya no existe</translation>
    </message>
</context>
<context>
    <name>JobPostingValidator</name>
    <message>
        <source>Give the posting a title.</source>
        <translation>Dé un título a la oferta.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>El título tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The company is longer than %1 characters.</source>
        <translation>La empresa tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The posting has no text.</source>
        <translation>La oferta no tiene texto.</translation>
    </message>
    <message>
        <source>The posting is larger than 4 MB: that is not a job posting.</source>
        <translation>La oferta ocupa más de 4 MB: eso no es una oferta de empleo.</translation>
    </message>
</context>
<context>
    <name>JobPostingsModel</name>
    <message>
        <source>Posting</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidatura</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job postings cannot be read: %1</source>
        <translation>No se pueden leer las ofertas de empleo: %1</translation>
    </message>
    <message>
        <source>The applications cannot be read: %1</source>
        <translation>No se pueden leer las candidaturas: %1</translation>
    </message>
    <message>
        <source>The roadmap cannot be read: %1</source>
        <translation>No se puede leer la hoja de ruta: %1</translation>
    </message>
    <message>
        <source>The posting could not be saved</source>
        <translation>No se ha podido guardar la oferta</translation>
    </message>
    <message>
        <source>The posting could not be deleted</source>
        <translation>No se ha podido eliminar la oferta</translation>
    </message>
    <message>
        <source>The target role could not be saved</source>
        <translation>No se ha podido guardar el puesto objetivo</translation>
    </message>
    <message>
        <source>The roadmap could not be changed</source>
        <translation>No se ha podido cambiar la hoja de ruta</translation>
    </message>
    <message>
        <source>The roadmap could not be changed back</source>
        <translation>No se ha podido devolver la hoja de ruta a su estado anterior</translation>
    </message>
    <message>
        <source>The Reports page&apos;s choices cannot be read: %1</source>
        <translation>No se pueden leer las opciones de la página Informes: %1</translation>
    </message>
</context>
<context>
    <name>JsonPullReader</name>
    <message>
        <source>the text is not closed (a &quot; is missing)</source>
        <translation>el texto no está cerrado (falta una &quot;)</translation>
    </message>
    <message>
        <source>a control character inside a text</source>
        <translation>un carácter de control dentro de un texto</translation>
    </message>
    <message>
        <source>a text is longer than %1 MB</source>
        <translation>un texto ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation>\u necesita cuatro dígitos hexadecimales</translation>
    </message>
    <message>
        <source>an unknown escape in a text</source>
        <translation>una secuencia de escape desconocida en un texto</translation>
    </message>
    <message>
        <source>a number is too long</source>
        <translation>un número es demasiado largo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>an unknown word (only true, false and null are allowed)</source>
        <translation>una palabra desconocida (solo se admiten true, false y null)</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>anidado a más de %1 niveles</translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation>el archivo termina antes de tiempo</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>there is more after the end of the document</source>
        <translation>hay más contenido tras el final del documento</translation>
    </message>
    <message>
        <source>a name in quotes was expected</source>
        <translation>se esperaba un nombre entre comillas</translation>
    </message>
    <message>
        <source>a &apos;:&apos; was expected</source>
        <translation>se esperaba &apos;:&apos;</translation>
    </message>
    <message>
        <source>a &apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos;</translation>
    </message>
    <message>
        <source>a &apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos;</translation>
    </message>
</context>
<context>
    <name>JsonResume</name>
    <message>
        <source>expected text</source>
        <translation>se esperaba un texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>«%1» no es una fecha (AAAA, AAAA-MM o AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>se esperaba una lista de textos</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>se esperaba una lista</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>a profile needs the name of its network</source>
        <translation>un perfil necesita el nombre de su red</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>el archivo ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>a resume is a JSON object</source>
        <translation>un currículum es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>JsonResumeExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonResumeImport</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not a resume.</source>
        <translation>%1 ocupa más de %2 MB: no es un currículum.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>No se guarda: %1</translation>
    </message>
    <message>
        <source>The workbench cannot be written: %1</source>
        <translation>No se puede escribir en el banco de trabajo: %1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s).</source>
        <translation>
            <numerusform>... y %n problema más.</numerusform>
            <numerusform>... y %n problemas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>No se importó nada:
%1</translation>
    </message>
    <message>
        <source>the employer&apos;s name is missing</source>
        <translation>falta el nombre del empleador</translation>
    </message>
    <message>
        <source>the job cannot end before it started</source>
        <translation>el empleo no puede terminar antes de empezar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the institution&apos;s name is missing</source>
        <translation>falta el nombre de la institución</translation>
    </message>
    <message>
        <source>it cannot end before it started</source>
        <translation>no puede terminar antes de empezar</translation>
    </message>
    <message>
        <source>the language&apos;s name is missing</source>
        <translation>falta el nombre del idioma</translation>
    </message>
    <message>
        <source>From your resume</source>
        <translation>De tu currículum</translation>
    </message>
    <message>
        <source>the skill&apos;s name is missing</source>
        <translation>falta el nombre de la habilidad</translation>
    </message>
    <message>
        <source>skills[%1].level: &quot;%2&quot; is not a level the workbench knows; the level is kept as it is and the words are kept for the resume.</source>
        <translation>skills[%1].level: «%2» no es un nivel que el banco de trabajo conozca; el nivel se mantiene y las palabras se guardan para el currículum.</translation>
    </message>
    <message>
        <source>%1.url: &quot;%2&quot; is kept as https://%2</source>
        <translation>%1.url: «%2» se guarda como https://%2</translation>
    </message>
</context>
<context>
    <name>JsonResumePreviewDialog</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation>Enlace del perfil</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Import JSON Resume</source>
        <translation>Importar JSON Resume</translation>
    </message>
    <message>
        <source>Importing %1 adds %2, updates %3 and leaves %4 unchanged. %5 entries of your workbench that the file does not mention are kept as they are.</source>
        <translation>Importar %1 añade %2, actualiza %3 y deja %4 sin cambios. %5 entradas del banco de trabajo que el archivo no menciona se conservan tal como están.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>What the import changes</source>
        <translation>Lo que cambia la importación</translation>
    </message>
    <message>
        <source>Not imported, or adjusted:</source>
        <translation>No importado, o ajustado:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
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
        <translation>La entrada ya no existe.</translation>
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
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>LanguagesEditor</name>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>&amp;Add language</source>
        <translation>Añadir i&amp;dioma</translation>
    </message>
    <message>
        <source>No languages yet. Add the languages you work in.</source>
        <translation>Aún no hay idiomas. Añade los idiomas en los que trabajas.</translation>
    </message>
    <message>
        <source>native</source>
        <translation>nativo</translation>
    </message>
    <message>
        <source>fluent</source>
        <translation>fluido</translation>
    </message>
    <message>
        <source>conversational</source>
        <translation>conversacional</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>básico</translation>
    </message>
    <message>
        <source>Fluency</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Edit language %1</source>
        <translation>Editar idioma %1</translation>
    </message>
    <message>
        <source>New language</source>
        <translation>Nuevo idioma</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Añadir idioma</translation>
    </message>
    <message>
        <source>Remove language %1</source>
        <translation>Eliminar idioma %1</translation>
    </message>
    <message>
        <source>Reorder languages</source>
        <translation>Reordenar idiomas</translation>
    </message>
    <message>
        <source>Fluenc&amp;y:</source>
        <translation>&amp;Nivel:</translation>
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
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Nothing to learn next: every skill has reached its target or is skipped. Raise a target to plan further.</source>
        <translation>Nada que aprender a continuación: todas las habilidades han alcanzado su objetivo o se han omitido. Subir un objetivo para seguir planificando.</translation>
    </message>
    <message>
        <source>The first %1 of %2 skills with a gap, most valuable first. Score = levels to go x priority weight; a prerequisite comes before the skills that need it. Double-click a skill to open it.</source>
        <translation>Las primeras %1 de %2 habilidades con brecha, las más valiosas primero. Puntuación = niveles pendientes x peso de la prioridad; un requisito previo va antes de las habilidades que lo necesitan. Doble clic en una habilidad para abrirla.</translation>
    </message>
    <message>
        <source>Skills with a gap: %1, most valuable first. Score = levels to go x priority weight; a prerequisite comes before the skills that need it. Double-click a skill to open it.</source>
        <translation>Habilidades con brecha: %1, las más valiosas primero. Puntuación = niveles pendientes x peso de la prioridad; un requisito previo va antes de las habilidades que lo necesitan. Doble clic en una habilidad para abrirla.</translation>
    </message>
    <message>
        <source>%1 on its own; ranked at %2 because a skill that needs it scores that.</source>
        <translation>%1 por sí sola; se clasifica con %2 porque una habilidad que la requiere puntúa eso.</translation>
    </message>
</context>
<context>
    <name>LearningPlanner</name>
    <message>
        <source>Gap %1 (level %2 of %3) at %4 priority: score %5.</source>
        <translation>Brecha %1 (nivel %2 de %3) con prioridad %4: puntuación %5.</translation>
    </message>
    <message>
        <source>Needed first for %1.</source>
        <translation>Necesaria antes para %1.</translation>
    </message>
    <message>
        <source>Comes after %1.</source>
        <translation>Va después de %1.</translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>&amp;Add link</source>
        <translation>Aña&amp;dir enlace</translation>
    </message>
    <message>
        <source>No links yet. Add your GitHub, LinkedIn or blog.</source>
        <translation>Aún no hay enlaces. Añade tu GitHub, LinkedIn o blog.</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
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
        <translation>Editar enlace %1</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Añadir enlace</translation>
    </message>
    <message>
        <source>Remove link %1</source>
        <translation>Eliminar enlace %1</translation>
    </message>
    <message>
        <source>Reorder links</source>
        <translation>Reordenar enlaces</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>S&amp;itio:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Dirección web:</translation>
    </message>
</context>
<context>
    <name>LogStudyCommand</name>
    <message>
        <source>Log study time for %1</source>
        <translation>Registrar tiempo de estudio para %1</translation>
    </message>
</context>
<context>
    <name>LogStudyDialog</name>
    <message>
        <source>Log Study Time</source>
        <translation>Registrar tiempo de estudio</translation>
    </message>
    <message>
        <source>Study time for &lt;b&gt;%1&lt;/b&gt;: %2 logged of %3 planned.</source>
        <translation>Tiempo de estudio para &lt;b&gt;%1&lt;/b&gt;: %2 registradas de %3 previstas.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horas:</translation>
    </message>
    <message>
        <source>No particular skill</source>
        <translation>Ninguna habilidad concreta</translation>
    </message>
    <message>
        <source>&amp;Skill:</source>
        <translation>Ha&amp;bilidad:</translation>
    </message>
    <message>
        <source>What you worked on (optional)</source>
        <translation>En qué se trabajó (opcional)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>No workbench is open. Create a new one, open an existing file, or explore the demo workbench.</source>
        <translation>No hay ningún banco de trabajo abierto. Crear uno nuevo, abrir un archivo existente o explorar el banco de trabajo de demostración.</translation>
    </message>
    <message>
        <source>&amp;New Workbench...</source>
        <translation>&amp;Nuevo banco de trabajo...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>A&amp;brir...</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workbench</source>
        <translation>Abrir banco de trabajo de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Guardar &amp;como...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Career Workbench.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de Career Workbench.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Getting Started...</source>
        <translation>&amp;Primeros pasos...</translation>
    </message>
    <message>
        <source>&amp;About Career Workbench</source>
        <translation>&amp;Acerca de Career Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot Open Workbench</source>
        <translation>No se puede abrir el banco de trabajo</translation>
    </message>
    <message>
        <source>This workbench was updated to the current version; a copy of it as it was is kept in %1.</source>
        <translation>Este banco de trabajo se actualizó a la versión actual; se guarda una copia de cómo era en %1.</translation>
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
        <translation>%1 (esquema %2)</translation>
    </message>
    <message>
        <source>About Career Workbench</source>
        <translation>Acerca de Career Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Career Workbench %1&lt;/h3&gt;&lt;p&gt;A private, offline workbench for a career in AI engineering: skills on a roadmap, certifications ranked by return, portfolio projects and interview practice.&lt;/p&gt;&lt;p&gt;Your data stays in one file on your computer:&lt;br/&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Career Workbench %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo privado y sin conexión para una carrera en ingeniería de IA: habilidades en una hoja de ruta, certificaciones ordenadas por retorno, proyectos de portafolio y práctica de entrevistas.&lt;/p&gt;&lt;p&gt;Los datos quedan en un solo archivo en este equipo:&lt;br/&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Job Match</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Chart &amp;Data as Table...</source>
        <translation>&amp;Datos de los gráficos como tabla...</translation>
    </message>
</context>
<context>
    <name>MatchJobCommand</name>
    <message>
        <source>Match a job posting (a JSON Resume job FILE, or plain text) against the roadmap: each requirement proven, claimed or missing, and a score.</source>
        <translation>Comparar una oferta de empleo (un ARCHIVO de oferta JSON Resume, o texto plano) con la hoja de ruta: cada requisito demostrado, declarado o ausente, y una puntuación.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Mostrar el resultado como un único objeto JSON.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB: that is not a job posting.</source>
        <translation>%1 ocupa más de 4 MB: eso no es una oferta de empleo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Match: %1 of 100</source>
        <translation>Coincidencia: %1 de 100</translation>
    </message>
    <message>
        <source>proven</source>
        <translation>demostrado</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>declarado</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
</context>
<context>
    <name>MetricsEditor</name>
    <message>
        <source>&amp;Remove Metric</source>
        <translation>&amp;Quitar métrica</translation>
    </message>
    <message>
        <source>What you measured, where it started and where the project took it. Leave the baseline empty when there was none.</source>
        <translation>Qué se midió, dónde empezó y hasta dónde lo llevó el proyecto. Dejar vacía la línea base cuando no la había.</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Más es mejor</translation>
    </message>
    <message>
        <source>Impact line</source>
        <translation>Línea de impacto</translation>
    </message>
    <message>
        <source>Add &amp;Metric</source>
        <translation>Añadir &amp;métrica</translation>
    </message>
    <message>
        <source>An improvement</source>
        <translation>Una mejora</translation>
    </message>
    <message>
        <source>Worse than the baseline</source>
        <translation>Peor que la línea base</translation>
    </message>
    <message>
        <source>Metric %1: %2</source>
        <translation>Métrica %1: %2</translation>
    </message>
    <message>
        <source>Impact lines:</source>
        <translation>Líneas de impacto:</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>First-Run Guide</source>
        <translation>Guía de primer uso</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>No se puede escribir el archivo.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Your starting point</source>
        <translation>El punto de partida</translation>
    </message>
    <message>
        <source>Three figures make the numbers in this workbench yours: return on certifications needs your salary, and dates on the roadmap need the hours you can study. Skip anything you&apos;d rather fill in later.</source>
        <translation>Tres cifras hacen propios los números de este banco de trabajo: el retorno de las certificaciones necesita el salario, y las fechas de la hoja de ruta, las horas disponibles para estudiar. Se puede omitir todo lo que se prefiera rellenar más tarde.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Weekly study hours:</source>
        <translation>&amp;Horas de estudio a la semana:</translation>
    </message>
    <message>
        <source>Everything stays in this file on your computer. You can change it later in Edit &gt; Preferences.</source>
        <translation>Todo queda en este archivo en este equipo. Se puede cambiar más tarde en Editar &gt; Preferencias.</translation>
    </message>
    <message>
        <source>What you are aiming for</source>
        <translation>El objetivo</translation>
    </message>
    <message>
        <source>Choose the specialisations you want. Only these become targets; the others stay on the roadmap as optional, with no target.</source>
        <translation>Elegir las especializaciones deseadas. Solo estas se convierten en objetivos; las demás quedan en la hoja de ruta como opcionales, sin objetivo.</translation>
    </message>
    <message>
        <source>Where you are now</source>
        <translation>El punto actual</translation>
    </message>
    <message>
        <source>For each stage, pick the level that fits most of its skills today. It raises the skills below it, never above a skill&apos;s target, and lowers nothing. Fine-tune single skills on the Skills page.</source>
        <translation>Para cada etapa, elegir el nivel que corresponde hoy a la mayoría de tus habilidades. Sube las habilidades que están por debajo, nunca por encima del objetivo de una habilidad, y no baja ninguna. Las habilidades sueltas se ajustan en la página Habilidades.</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Dejar como está</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>level number, name and what it means, e.g. &quot;3 Working: can use it without help&quot;</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>No se pudieron guardar las respuestas: %1</translation>
    </message>
    <message>
        <source>Current sala&amp;ry (a year):</source>
        <translation>Sa&amp;lario actual (al año):</translation>
    </message>
    <message>
        <source>Your roadmap cannot be read: %1</source>
        <translation>No se puede leer tu hoja de ruta: %1</translation>
    </message>
    <message>
        <source>Your profile cannot be read: %1</source>
        <translation>No se puede leer tu perfil: %1</translation>
    </message>
    <message>
        <source>Your answers were not saved. %1</source>
        <translation>Tus respuestas no se guardaron. %1</translation>
    </message>
    <message>
        <source>Your answers were not saved: your profile cannot be read (%1).</source>
        <translation>Tus respuestas no se guardaron: no se puede leer tu perfil (%1).</translation>
    </message>
    <message>
        <source>Your weekly study budget cannot be read: %1</source>
        <translation>No se puede leer tu presupuesto semanal de estudio: %1</translation>
    </message>
    <message>
        <source>Your answers were not saved: your weekly study budget cannot be read (%1).</source>
        <translation>Tus respuestas no se guardaron: no se puede leer tu presupuesto semanal de estudio (%1).</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Set a date</source>
        <translation>Fijar una fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin fijar</translation>
    </message>
    <message>
        <source>%1: set a date</source>
        <translation>%1: fijar una fecha</translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>the file has more than %1 rows.</source>
        <translation>el archivo tiene más de %1 filas.</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters.</source>
        <translation>un campo tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>a row has more than %1 fields.</source>
        <translation>una fila tiene más de %1 campos.</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a quote is missing).</source>
        <translation>un campo entre comillas nunca se cierra (falta una comilla).</translation>
    </message>
    <message>
        <source>there is text after the closing quote of a field.</source>
        <translation>hay texto después de la comilla de cierre de un campo.</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one (quote the whole field and double the quote).</source>
        <translation>una comilla dentro de un campo que no empieza con una (poner todo el campo entre comillas y duplicar la comilla).</translation>
    </message>
</context>
<context>
    <name>PortfolioBuilder</name>
    <message>
        <source>Unnamed</source>
        <translation>Sin nombre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Portfolio summary: %1</source>
        <translation>Resumen del portafolio: %1</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Resumen del portafolio</translation>
    </message>
    <message>
        <source>Portfolio summary for a role in %1</source>
        <translation>Resumen del portafolio para un puesto en %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Target role: %1</source>
        <translation>Puesto objetivo: %1</translation>
    </message>
    <message>
        <source>Skills matrix</source>
        <translation>Matriz de habilidades</translation>
    </message>
    <message>
        <source>Level against target, per category (0 to 5)</source>
        <translation>Nivel frente al objetivo, por categoría (0 a 5)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Nivel medio</translation>
    </message>
    <message>
        <source>Mean target</source>
        <translation>Objetivo medio</translation>
    </message>
    <message>
        <source>Skills at level %1 or above with evidence: %2.</source>
        <translation>Habilidades de nivel %1 o superior con evidencia: %2.</translation>
    </message>
    <message>
        <source>Skills at level %1 or above: %2.</source>
        <translation>Habilidades de nivel %1 o superior: %2.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Roadmap progress</source>
        <translation>Progreso en la hoja de ruta</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Levels reached</source>
        <translation>Niveles alcanzados</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Overall: %1 of the targeted levels reached.</source>
        <translation>En total: %1 de los niveles objetivo alcanzados.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>No projects yet.</source>
        <translation>Aún no hay proyectos.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Tecnologías</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>earned %1</source>
        <translation>obtenida el %1</translation>
    </message>
    <message>
        <source>exam %1</source>
        <translation>examen el %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>caduca el %1</translation>
    </message>
    <message>
        <source>No certifications to show.</source>
        <translation>No hay certificaciones que mostrar.</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Coste total</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Amortización</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Valor actual neto</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>Return on investment over %n year(s), after %1 tax, ranked by net present value:</source>
        <translation>
            <numerusform>Retorno de la inversión en %n año, tras un %1 de impuestos, ordenado por valor actual neto:</numerusform>
            <numerusform>Retorno de la inversión en %n años, tras un %1 de impuestos, ordenado por valor actual neto:</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview readiness</source>
        <translation>Preparación para entrevistas</translation>
    </message>
    <message>
        <source>No interviews logged yet.</source>
        <translation>Aún no se ha registrado ninguna entrevista.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>%1 (%2 real)</source>
        <translation>%1 (%2 reales)</translation>
    </message>
    <message>
        <source>Mean score, first sessions</source>
        <translation>Puntuación media, primeras sesiones</translation>
    </message>
    <message>
        <source>Mean score, latest sessions</source>
        <translation>Puntuación media, últimas sesiones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>%1 (interviewer %2)</source>
        <translation>%1 (entrevistador %2)</translation>
    </message>
    <message>
        <source>Score per session (1 to 5; the interviewer&apos;s where given, else your own), oldest first, with the average of the last %1 against the target of %2</source>
        <translation>Puntuación por sesión (1 a 5; la del entrevistador cuando existe, si no la tuya), de la más antigua a la más reciente, con la media de las últimas %1 frente al objetivo de %2</translation>
    </message>
    <message>
        <source>Recent average</source>
        <translation>Media reciente</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>Del objetivo</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>Readiness per format</source>
        <translation>Preparación por formato</translation>
    </message>
    <message>
        <source>Latest sessions</source>
        <translation>Últimas sesiones</translation>
    </message>
</context>
<context>
    <name>PostingEditor</name>
    <message>
        <source>&amp;Keep Posting</source>
        <translation>&amp;Guardar oferta</translation>
    </message>
    <message>
        <source>&amp;Tailor Resume</source>
        <translation>Adaptar cu&amp;rrículum</translation>
    </message>
    <message>
        <source>Add &amp;Missing to Roadmap</source>
        <translation>Añadir lo que &amp;falta a la hoja de ruta</translation>
    </message>
    <message>
        <source>Posting text</source>
        <translation>Texto de la oferta</translation>
    </message>
    <message>
        <source>Paste a job posting here. What it asks for is matched against your roadmap as you type.</source>
        <translation>Pega aquí una oferta de empleo. Lo que pide se compara con tu hoja de ruta mientras escribes.</translation>
    </message>
    <message>
        <source>Sets the target role of the Resume (Reports page) to this posting&apos;s title and its main requirements, so the resume puts what matches first.</source>
        <translation>Pone como puesto objetivo del currículum (página Informes) el título de esta oferta y sus requisitos principales, para que el currículum muestre primero lo que encaja.</translation>
    </message>
    <message>
        <source>Adds the requirements your roadmap lacks as new skills and raises the targets and priority of the ones you have not proven, so they enter the learn-next ranking. One step: Undo takes it back.</source>
        <translation>Añade como habilidades nuevas los requisitos que faltan en tu hoja de ruta y sube el objetivo y la prioridad de los que no has demostrado, para que entren en la lista de qué aprender a continuación. Un solo paso: Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Com&amp;pany:</source>
        <translation>Em&amp;presa:</translation>
    </message>
    <message>
        <source>Appli&amp;cation:</source>
        <translation>Candi&amp;datura:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Sin vincular</translation>
    </message>
    <message>
        <source>Not kept yet: Keep Posting saves it in the workbench.</source>
        <translation>Aún sin guardar: «Guardar oferta» la guarda en el banco de trabajo.</translation>
    </message>
    <message>
        <source>JSON job file, added %1</source>
        <translation>Archivo de oferta JSON, añadido el %1</translation>
    </message>
    <message>
        <source>Pasted text, added %1</source>
        <translation>Texto pegado, añadido el %1</translation>
    </message>
    <message>
        <source>No skill of your roadmap or common requirement was found in this posting.</source>
        <translation>No se ha encontrado en esta oferta ninguna habilidad de tu hoja de ruta ni ningún requisito habitual.</translation>
    </message>
    <message>
        <source>Match: %1 of 100</source>
        <translation>Coincidencia: %1 de 100</translation>
    </message>
    <message>
        <source>Proven: %1 · Claimed: %2 · Missing: %3</source>
        <translation>Demostrados: %1 · Declarados: %2 · Faltan: %3</translation>
    </message>
    <message>
        <source>Link Posting to Application</source>
        <translation>Vincular la oferta a una candidatura</translation>
    </message>
    <message>
        <source>Rename Posting</source>
        <translation>Renombrar oferta</translation>
    </message>
    <message>
        <source>Edit Posting Text</source>
        <translation>Editar el texto de la oferta</translation>
    </message>
    <message>
        <source>Matching the posting</source>
        <translation>Comparando la oferta</translation>
    </message>
    <message>
        <source>Matching...</source>
        <translation>Comparando...</translation>
    </message>
</context>
<context>
    <name>PracticePanel</name>
    <message>
        <source>&lt;b&gt;Due today&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pendientes hoy&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weakest topics&lt;/b&gt; (average of the last %1 scores)</source>
        <translation>&lt;b&gt;Temas más flojos&lt;/b&gt; (media de las últimas %1 puntuaciones)</translation>
    </message>
    <message>
        <source>Topics due today</source>
        <translation>Temas pendientes hoy</translation>
    </message>
    <message>
        <source>Weakest topics</source>
        <translation>Temas más flojos</translation>
    </message>
    <message>
        <source>&amp;Questions in a drill:</source>
        <translation>&amp;Preguntas por simulacro:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (due %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (pendiente desde hace %n día)</numerusform>
            <numerusform>%1 (pendiente desde hace %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing is due today: the spacing of every topic you practised says it can wait.</source>
        <translation>Nada pendiente hoy: el espaciado de cada tema practicado indica que puede esperar.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) due today.</source>
        <translation>
            <numerusform>%n tema pendiente hoy.</numerusform>
            <numerusform>%n temas pendientes hoy.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start Drill...</source>
        <translation>Empezar &amp;simulacro...</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Simulacro</translation>
    </message>
    <message>
        <source>Due and weakest topics</source>
        <translation>Temas pendientes y más débiles</translation>
    </message>
    <message>
        <source>Due topics only</source>
        <translation>Solo temas pendientes</translation>
    </message>
    <message>
        <source>Weakest topics only</source>
        <translation>Solo los temas más débiles</translation>
    </message>
    <message>
        <source>Every practised topic</source>
        <translation>Todos los temas practicados</translation>
    </message>
    <message>
        <source>With a format chosen, the drill asks about the topics of your sessions in that format and is logged in it.</source>
        <translation>Con un formato elegido, el simulacro pregunta por los temas de tus sesiones en ese formato y se registra en él.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The countdown for each question</source>
        <translation>La cuenta atrás de cada pregunta</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>Te&amp;mas:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Ti&amp;me per question:</source>
        <translation>&amp;Duración de cada pregunta:</translation>
    </message>
    <message>
        <source>Questions from the chosen topics, one at a time with a countdown; the drill is logged as a self-practice session.</source>
        <translation>Preguntas de los temas elegidos, una a una con cuenta atrás; el simulacro se registra como una sesión de práctica propia.</translation>
    </message>
    <message>
        <source>Any format</source>
        <translation>Cualquier formato</translation>
    </message>
    <message>
        <source>Log a session with scored topics first: a drill practises them.</source>
        <translation>Registra primero una sesión con temas puntuados: un simulacro los practica.</translation>
    </message>
    <message>
        <source>No topic fits these options: choose other topics or another format.</source>
        <translation>Ningún tema encaja con estas opciones: elige otros temas u otro formato.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) to practise.</source>
        <translation>
            <numerusform>%n tema para practicar.</numerusform>
            <numerusform>%n temas para practicar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The topics due cannot be read: %1</source>
        <translation>No se pueden leer los temas pendientes: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>The preferences could not be saved: %1</source>
        <translation>No se pudieron guardar las preferencias: %1</translation>
    </message>
    <message>
        <source>Change Preferences</source>
        <translation>Cambiar las preferencias</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>What your resume and portfolio say about you. Changes are saved as you leave each field, and can be undone.</source>
        <translation>Lo que tu currículum y tu portafolio dicen de ti. Los cambios se guardan al salir de cada campo y se pueden deshacer.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>&amp;Contact and summary</source>
        <translation>&amp;Contacto y resumen</translation>
    </message>
    <message>
        <source>E&amp;xperience</source>
        <translation>E&amp;xperiencia</translation>
    </message>
    <message>
        <source>Ed&amp;ucation</source>
        <translation>For&amp;mación</translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation>Idioma&amp;s</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>e.g. Backend engineer moving into AI engineering</source>
        <translation>p. ej., ingeniero de backend en transición a ingeniería de IA</translation>
    </message>
    <message>
        <source>e.g. AI Engineer</source>
        <translation>p. ej., ingeniero de IA</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Three-letter ISO 4217 code, e.g. USD or EUR.</source>
        <translation>Código ISO 4217 de tres letras, p. ej., USD o EUR.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titular:</translation>
    </message>
    <message>
        <source>&amp;Target role:</source>
        <translation>&amp;Puesto objetivo:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>No se pudo guardar el perfil: %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Current sala&amp;ry (a year):</source>
        <translation>Sa&amp;lario actual (al año):</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>The profile cannot be read: %1</source>
        <translation>No se puede leer el perfil: %1</translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>Enter a currency, as a three-letter code such as USD or EUR.</source>
        <translation>Introducir una moneda, como código de tres letras, por ejemplo USD o EUR.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code: use three capital letters such as USD or EUR.</source>
        <translation>«%1» no es un código de moneda: usar tres letras mayúsculas como USD o EUR.</translation>
    </message>
    <message>
        <source>The salary cannot be negative.</source>
        <translation>El salario no puede ser negativo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>This week against the weekly budget</source>
        <translation>Esta semana frente al presupuesto semanal</translation>
    </message>
    <message>
        <source>Overall roadmap progress</source>
        <translation>Progreso total en la hoja de ruta</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Roadmap progress</source>
        <translation>Progreso en la hoja de ruta</translation>
    </message>
    <message>
        <source>Levels gained this month</source>
        <translation>Niveles ganados este mes</translation>
    </message>
    <message>
        <source>Study streak</source>
        <translation>Racha de estudio</translation>
    </message>
    <message>
        <source>Study by day</source>
        <translation>Estudio por día</translation>
    </message>
    <message>
        <source>No full week of study logged yet; your budget is %1 a week. Log study time on the Skills page.</source>
        <translation>Aún no hay una semana completa de estudio registrada; el presupuesto es de %1 a la semana. Registrar el tiempo de estudio en la página Habilidades.</translation>
    </message>
    <message>
        <source>No full week of study logged yet. Log study time on the Skills page.</source>
        <translation>Aún no hay una semana completa de estudio registrada. Registrar el tiempo de estudio en la página Habilidades.</translation>
    </message>
    <message numerus="yes">
        <source>%1 a week over the last %n week(s)</source>
        <translation>
            <numerusform>%1 a la semana durante %n semana</numerusform>
            <numerusform>%1 a la semana en las últimas %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Pace: %1 (no weekly budget set)</source>
        <translation>Ritmo: %1 (sin presupuesto semanal)</translation>
    </message>
    <message>
        <source>Pace: %1 (budget %2)</source>
        <translation>Ritmo: %1 (presupuesto %2)</translation>
    </message>
    <message>
        <source>of a %1 weekly budget</source>
        <translation>de un presupuesto semanal de %1</translation>
    </message>
    <message>
        <source>no weekly budget set</source>
        <translation>sin presupuesto semanal</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 target levels reached</source>
        <translation>%1 de %2 niveles objetivo alcanzados</translation>
    </message>
    <message>
        <source>No targets</source>
        <translation>Sin objetivos</translation>
    </message>
    <message>
        <source>Give skills a target level on the Skills page.</source>
        <translation>Dar a las habilidades un nivel objetivo en la página Habilidades.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest: %n day(s)</source>
        <translation>
            <numerusform>la más larga: %n día</numerusform>
            <numerusform>la más larga: %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Add Project</source>
        <translation>Añadir proyecto</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Details and Links</source>
        <translation>Detalles y enlaces</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>The skills you tick count this project as evidence on the Skills page.</source>
        <translation>Las habilidades marcadas cuentan este proyecto como evidencia en la página Habilidades.</translation>
    </message>
    <message>
        <source>Skills Used</source>
        <translation>Habilidades usadas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Featured: listed first and shown in reports</source>
        <translation>Destaca&amp;do: aparece primero y en los informes</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>One line: what it does and for whom</source>
        <translation>Una línea: qué hace y para quién</translation>
    </message>
    <message>
        <source>&amp;Pitch:</source>
        <translation>&amp;Presentación:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Pro&amp;blem:</source>
        <translation>Pro&amp;blema:</translation>
    </message>
    <message>
        <source>Target industry</source>
        <translation>Sector objetivo</translation>
    </message>
    <message>
        <source>Target &amp;industry:</source>
        <translation>&amp;Sector objetivo:</translation>
    </message>
    <message>
        <source>Target company</source>
        <translation>Empresa objetivo</translation>
    </message>
    <message>
        <source>Target &amp;company:</source>
        <translation>&amp;Empresa objetivo:</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>&amp;Approach:</source>
        <translation>Enfo&amp;que:</translation>
    </message>
    <message>
        <source>Architecture and data flow</source>
        <translation>Arquitectura y flujo de datos</translation>
    </message>
    <message>
        <source>Architect&amp;ure and data flow:</source>
        <translation>Arq&amp;uitectura y flujo de datos:</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Conjunto de datos:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Sole developer, ML lead, ...</source>
        <translation>Único desarrollador, responsable de ML, ...</translation>
    </message>
    <message>
        <source>&amp;Role(s):</source>
        <translation>Fu&amp;nción(es):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>&amp;Finished:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>Repository URL</source>
        <translation>URL del repositorio</translation>
    </message>
    <message>
        <source>Re&amp;pository URL:</source>
        <translation>URL del &amp;repositorio:</translation>
    </message>
    <message>
        <source>Demo URL</source>
        <translation>URL de la demo</translation>
    </message>
    <message>
        <source>De&amp;mo URL:</source>
        <translation>URL de la de&amp;mo:</translation>
    </message>
    <message>
        <source>&amp;Highlights, one per line:</source>
        <translation>&amp;Logros destacados, uno por línea:</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Logros destacados</translation>
    </message>
    <message>
        <source>Fix the marked fields before saving (%1).</source>
        <translation>Corregir los campos marcados antes de guardar (%1).</translation>
    </message>
</context>
<context>
    <name>ProjectImageCommand</name>
    <message>
        <source>Add image %1</source>
        <translation>Añadir imagen %1</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>Quitar imagen %1</translation>
    </message>
</context>
<context>
    <name>ProjectImagesView</name>
    <message>
        <source>&amp;Remove Image</source>
        <translation>&amp;Quitar imagen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>A diagram or screenshot, up to %1 MB each (PNG, JPEG, GIF, WebP or BMP), stored in the workbench file.</source>
        <translation>Un diagrama o una captura de pantalla, de hasta %1 MB cada uno (PNG, JPEG, GIF, WebP o BMP), guardado en el archivo del banco de trabajo.</translation>
    </message>
    <message>
        <source>Add an Image</source>
        <translation>Añadir una imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation>Primero hay que seleccionar un proyecto.</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB; save a smaller one.</source>
        <translation>La imagen ocupa más de %1 MB; guardar una más pequeña.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Add Ima&amp;ge...</source>
        <translation>Añadir ima&amp;gen...</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>The project could not be saved</source>
        <translation>No se pudo guardar el proyecto</translation>
    </message>
    <message>
        <source>The project could not be restored</source>
        <translation>No se pudo restaurar el proyecto</translation>
    </message>
    <message>
        <source>The project could not be deleted</source>
        <translation>No se pudo eliminar el proyecto</translation>
    </message>
    <message>
        <source>The new order could not be saved</source>
        <translation>No se pudo guardar el nuevo orden</translation>
    </message>
    <message>
        <source>The checklist could not be saved</source>
        <translation>No se pudo guardar la lista de comprobación</translation>
    </message>
    <message>
        <source>The scan could not be saved</source>
        <translation>No se pudo guardar el análisis</translation>
    </message>
    <message>
        <source>The image could not be saved</source>
        <translation>No se pudo guardar la imagen</translation>
    </message>
    <message>
        <source>The image could not be removed</source>
        <translation>No se pudo quitar la imagen</translation>
    </message>
    <message>
        <source>The project cannot be read, so it was not deleted: %1</source>
        <translation>No se puede leer el proyecto, así que no se eliminó: %1</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <source>The images or checklist of %1 cannot be read, so it was not deleted: %2</source>
        <translation>No se pueden leer las imágenes o la lista de comprobación de %1, así que no se eliminó: %2</translation>
    </message>
    <message>
        <source>The project&apos;s checklist cannot be read: %1</source>
        <translation>No se puede leer la lista de comprobación del proyecto: %1</translation>
    </message>
</context>
<context>
    <name>ProjectSummary</name>
    <message>
        <source>Open &amp;Repository</source>
        <translation>Abrir &amp;repositorio</translation>
    </message>
    <message>
        <source>Open De&amp;mo</source>
        <translation>Abrir de&amp;mo</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Resultados:</translation>
    </message>
    <message>
        <source>Highlights:</source>
        <translation>Logros destacados:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <source>Approach:</source>
        <translation>Enfoque:</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>Arquitectura:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Conjunto de datos:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Select a project to see its story.</source>
        <translation>Seleccionar un proyecto para ver su historia.</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, del %2 al %3</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, desde el %2</translation>
    </message>
</context>
<context>
    <name>ProjectValidator</name>
    <message>
        <source>A project needs a title.</source>
        <translation>Un proyecto necesita un título.</translation>
    </message>
    <message>
        <source>Keep the title under %1 characters.</source>
        <translation>El título debe tener menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>The pitch is one line.</source>
        <translation>La presentación ocupa una sola línea.</translation>
    </message>
    <message>
        <source>Keep the pitch under %1 characters.</source>
        <translation>La presentación debe tener menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>The project cannot finish before it started.</source>
        <translation>El proyecto no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>Name what was measured.</source>
        <translation>Indicar qué se midió.</translation>
    </message>
    <message>
        <source>The achieved value must be a number.</source>
        <translation>El valor logrado debe ser un número.</translation>
    </message>
    <message>
        <source>The baseline must be a number, or left empty.</source>
        <translation>La línea base debe ser un número, o quedar vacía.</translation>
    </message>
    <message>
        <source>The image file is empty.</source>
        <translation>El archivo de imagen está vacío.</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB; save a smaller one.</source>
        <translation>La imagen ocupa más de %1 MB; guardar una más pequeña.</translation>
    </message>
    <message>
        <source>This is not a PNG, JPEG, GIF, WebP or BMP image.</source>
        <translation>No es una imagen PNG, JPEG, GIF, WebP ni BMP.</translation>
    </message>
    <message>
        <source>The image has too many pixels; save a smaller one.</source>
        <translation>La imagen tiene demasiados píxeles; guardar una más pequeña.</translation>
    </message>
</context>
<context>
    <name>ProjectsCharts</name>
    <message>
        <source>%1: readiness %2 of 100</source>
        <translation>%1: preparación %2 de 100</translation>
    </message>
    <message>
        <source>Readiness per project</source>
        <translation>Preparación por proyecto</translation>
    </message>
    <message>
        <source>%1: %2 of %3 skills shown in a project</source>
        <translation>%1: %2 de %3 habilidades demostradas en un proyecto</translation>
    </message>
    <message>
        <source>Roadmap skills demonstrated by projects (%)</source>
        <translation>Habilidades de la hoja de ruta demostradas por proyectos (%)</translation>
    </message>
    <message>
        <source>Char&amp;t:</source>
        <translation>Grá&amp;fico:</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>Gráfico mostrado</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message numerus="yes">
        <source>%n item(s) missing</source>
        <translation>
            <numerusform>falta %n elemento</numerusform>
            <numerusform>faltan %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Each project&apos;s story with measured results, and what it still needs before a hiring manager looks at its repository.</source>
        <translation>La historia de cada proyecto con resultados medidos, y lo que aún le falta antes de que quien contrata mire su repositorio.</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>Aña&amp;dir...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Add Project...</source>
        <translation>Añadir proyecto...</translation>
    </message>
    <message>
        <source>No portfolio projects yet. Add one with &lt;b&gt;Add...&lt;/b&gt;: the problem it solves, the results you measured, and the roadmap skills it shows. Then scan its folder to see what a reviewer would miss.</source>
        <translation>Aún no hay proyectos de portafolio. Añadir uno con &lt;b&gt;Añadir...&lt;/b&gt;: el problema que resuelve, los resultados medidos y las habilidades de la hoja de ruta que demuestra. Después, analizar su carpeta para ver qué echaría en falta un revisor.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Added the image %1.</source>
        <translation>Se añadió la imagen %1.</translation>
    </message>
    <message>
        <source>The projects could not be read: %1</source>
        <translation>No se pudieron leer los proyectos: %1</translation>
    </message>
    <message>
        <source>Part of the project could not be read: %1</source>
        <translation>No se pudo leer parte del proyecto: %1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se añadió %1.</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Eliminar proyecto</translation>
    </message>
    <message>
        <source>Delete %1 with its metrics, images and checklist?</source>
        <translation>¿Eliminar %1 con sus métricas, imágenes y lista de comprobación?</translation>
    </message>
    <message>
        <source>Deleted %1. Edit &gt; Undo brings it back.</source>
        <translation>Se eliminó %1. Editar &gt; Deshacer la recupera.</translation>
    </message>
    <message>
        <source>Reorder projects</source>
        <translation>Reordenar proyectos</translation>
    </message>
    <message>
        <source>Tick %1</source>
        <translation>Marcar %1</translation>
    </message>
    <message>
        <source>Untick %1</source>
        <translation>Desmarcar %1</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Analizar %1</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>Edi&amp;tar...</translation>
    </message>
    <message>
        <source>The roadmap&apos;s skills cannot be read: %1</source>
        <translation>No se pueden leer las habilidades de la hoja de ruta: %1</translation>
    </message>
    <message>
        <source>The skill coverage could not be read: %1</source>
        <translation>No se pudo leer la cobertura de habilidades: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>the copy is not a SQLite file</source>
        <translation>la copia no es un archivo SQLite</translation>
    </message>
    <message>
        <source>the copy has schema version %1, expected %2</source>
        <translation>la copia tiene la versión de esquema %1, se esperaba %2</translation>
    </message>
    <message>
        <source>The copy %1 failed its check: %2</source>
        <translation>La copia %1 no superó la comprobación: %2</translation>
    </message>
    <message>
        <source>The name of a backup beside it would be too long; rename the file to a shorter name.</source>
        <translation>El nombre de una copia de seguridad a su lado sería demasiado largo; dar al archivo un nombre más corto.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be put in place.</source>
        <translation>No se puede colocar la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>The file name of %1 is too long (%2 bytes). Career Workbench keeps files beside it whose names add up to %3 bytes, and most systems allow %4: choose a name of at most %5 bytes.</source>
        <translation>El nombre de archivo de %1 es demasiado largo (%2 bytes). Career Workbench guarda a su lado archivos cuyos nombres suman %3 bytes, y la mayoría de los sistemas admiten %4: elegir un nombre de %5 bytes como máximo.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <source>%1 is open in %2 on the computer %3 (process %4). Close it there first. If it is no longer open there (that computer crashed or was switched off), delete %5 and try again.</source>
        <translation>%1 está abierto en %2 en el equipo %3 (proceso %4). Cerrarlo allí primero. Si ya no está abierto allí (ese equipo falló o se apagó), eliminar %5 y volver a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is already open in %2 (process %3 on %4). Close it there first.</source>
        <translation>%1 ya está abierto en %2 (proceso %3 en %4). Cerrarlo allí primero.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>%1 cannot be locked for editing: %2 cannot be created.</source>
        <translation>No se puede bloquear %1 para editarlo: no se puede crear %2.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no existe ese archivo.</translation>
    </message>
    <message>
        <source>%1 already exists. A new workbench is only written to a new file; choose another name.</source>
        <translation>%1 ya existe. Un banco de trabajo nuevo solo se escribe en un archivo nuevo; elegir otro nombre.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>%1 appeared while the new workbench was being written; it was left as it is.</source>
        <translation>%1 apareció mientras se escribía el banco de trabajo nuevo; se dejó como estaba.</translation>
    </message>
    <message>
        <source>The new workbench %1 cannot be put in place.</source>
        <translation>No se puede colocar el banco de trabajo nuevo %1.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be set up with schema version %2: %3</source>
        <translation>No se pudo preparar %1 con la versión de esquema %2: %3</translation>
    </message>
    <message>
        <source>The new workbench %1 could not be set up: %2</source>
        <translation>No se pudo preparar el banco de trabajo nuevo %1: %2</translation>
    </message>
    <message>
        <source>it has schema version %1</source>
        <translation>tiene la versión de esquema %1</translation>
    </message>
    <message>
        <source>The new workbench %1 failed its check: %2</source>
        <translation>El banco de trabajo nuevo %1 no superó la comprobación: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workbench file.</source>
        <translation>%1 es una carpeta, no un archivo de banco de trabajo.</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist.</source>
        <translation>%1 es un enlace a un archivo que no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be read: you have no permission to read it.</source>
        <translation>No se puede leer %1: no hay permiso para leerlo.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is read-only. Career Workbench writes every change to the file at once, so it opens only a file it may change: make it writable, or open a copy of it.</source>
        <translation>%1 es de solo lectura. Career Workbench escribe cada cambio en el archivo al momento, así que solo abre un archivo que puedas modificar: hacerlo escribible, o abrir una copia.</translation>
    </message>
    <message>
        <source>%1 is in a read-only folder. Career Workbench keeps a log and a lock beside the file while it is open: move it to a folder you may write to, or open a copy of it.</source>
        <translation>%1 está en una carpeta de solo lectura. Career Workbench guarda un registro y un bloqueo junto al archivo mientras está abierto: moverlo a una carpeta con permiso de escritura, o abrir una copia.</translation>
    </message>
    <message>
        <source>%1 has %2 names (hard links). Career Workbench locks a file by its name, so it opens only a file with one name: copy it, and open the copy.</source>
        <translation>%1 tiene %2 nombres (enlaces duros). Career Workbench bloquea un archivo por su nombre, así que solo abre un archivo con un único nombre: copiarlo y abrir la copia.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a workbench (%2). It was left as it is.</source>
        <translation>No se puede leer %1 como banco de trabajo (%2). Se dejó como estaba.</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2). It was left as it is; open one of its backups instead.</source>
        <translation>%1 está dañado (comprobación de integridad: %2). Se dejó como estaba; abrir en su lugar una de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no workbench. If it should, it was damaged: open one of its backups. To start a new workbench, choose a new file name.</source>
        <translation>%1 está vacío (0 bytes), así que no contiene ningún banco de trabajo. Si debería contenerlo, se ha dañado: abrir una de sus copias de seguridad. Para empezar un banco de trabajo nuevo, elegir un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>%1 is not a Career Workbench file: it is not a SQLite database.</source>
        <translation>%1 no es un archivo de Career Workbench: no es una base de datos SQLite.</translation>
    </message>
    <message>
        <source>%1 belongs to another program (SQLite application id %2), so Career Workbench leaves it alone.</source>
        <translation>%1 pertenece a otro programa (id. de aplicación SQLite %2), así que Career Workbench no lo toca.</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version (%2) is not one any Career Workbench writes. It was left as it is; open one of its backups instead.</source>
        <translation>%1 está dañado: su versión de esquema (%2) no es ninguna que escriba Career Workbench. Se dejó como estaba; abrir en su lugar una de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Career Workbench (schema version %2; this version knows up to %3). Update the app to open it.</source>
        <translation>%1 lo escribió una versión más reciente de Career Workbench (versión de esquema %2; esta versión conoce hasta la %3). Actualizar la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s SQLite file (its tables: %2), so Career Workbench leaves it alone.</source>
        <translation>%1 es un archivo SQLite de otro programa (sus tablas: %2), así que Career Workbench no lo toca.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a workbench. To start a new workbench, choose a new file name.</source>
        <translation>%1 es una base de datos SQLite vacía, no un banco de trabajo. Para empezar un banco de trabajo nuevo, elegir un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is marked as a workbench but has no schema version. It was left as it is; open one of its backups instead.</source>
        <translation>%1 está dañado: está marcado como banco de trabajo pero no tiene versión de esquema. Se dejó como estaba; abrir en su lugar una de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>%1 is damaged: tables of schema version %2 are missing (%3). It was left as it is; open one of its backups instead.</source>
        <translation>%1 está dañado: faltan tablas de la versión de esquema %2 (%3). Se dejó como estaba; abrir en su lugar una de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>No backup of %1 could be written before updating it, so it was not changed. %2</source>
        <translation>No se pudo escribir ninguna copia de seguridad de %1 antes de actualizarlo, así que no se cambió. %2</translation>
    </message>
    <message>
        <source>%1 could not be updated to schema version %2: %3</source>
        <translation>No se pudo actualizar %1 a la versión de esquema %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>No se puede comprobar %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2). Open one of its backups, or save a copy (File &gt; Save As) and check that.</source>
        <translation>%1 está dañado (comprobación de integridad: %2). Abrir una de sus copias de seguridad, o guardar una copia (Archivo &gt; Guardar como) y comprobar esa.</translation>
    </message>
    <message>
        <source>%1 is the open workbench; choose another file name.</source>
        <translation>%1 es el banco de trabajo abierto; elegir otro nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 is open in another window or program; close it there first.</source>
        <translation>%1 está abierto en otra ventana u otro programa; cerrarlo allí primero.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced: %2 cannot be moved.</source>
        <translation>No se puede sustituir %1: no se puede mover %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>must list at least one topic</source>
        <translation>debe incluir al menos un tema</translation>
    </message>
    <message>
        <source>must be a list of at least one phrase</source>
        <translation>debe ser una lista de al menos una frase</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>%1 gives a date after %2</source>
        <translation>%1 indica una fecha posterior a %2</translation>
    </message>
    <message>
        <source>has both uplift_amount and uplift_percent</source>
        <translation>tiene a la vez uplift_amount y uplift_percent</translation>
    </message>
    <message>
        <source>must be from 0 to 5000</source>
        <translation>debe estar entre 0 y 5000</translation>
    </message>
    <message>
        <source>is needed to place the logged hours</source>
        <translation>se necesita para situar las horas registradas</translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation>no es una fecha válida</translation>
    </message>
    <message>
        <source>is missing or not a list</source>
        <translation>falta o no es una lista</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>falta o no es un objeto</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(cancelado)</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>detenido por el usuario</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>no skill of the roadmap has the key &quot;%1&quot;</source>
        <translation>ninguna habilidad de la hoja de ruta tiene la clave «%1»</translation>
    </message>
    <message>
        <source>has no network</source>
        <translation>no tiene red</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«%1» aparece dos veces</translation>
    </message>
    <message>
        <source>no room for a temporary copy to check it (%1)</source>
        <translation>no hay espacio para una copia temporal con la que comprobarlo (%1)</translation>
    </message>
    <message>
        <source>a temporary copy to check it cannot be written</source>
        <translation>no se puede escribir una copia temporal con la que comprobarlo</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a row of %3 that does not exist</source>
        <translation>la fila %1 de %2 remite a una fila de %3 que no existe</translation>
    </message>
    <message>
        <source> (and more than %1 further problems)</source>
        <translation> (y más de %1 problemas más)</translation>
    </message>
    <message>
        <source> (and %1 further problems)</source>
        <translation> (y %1 problemas más)</translation>
    </message>
    <message>
        <source>A format&apos;s name needs at least one letter or digit.</source>
        <translation>El nombre de un formato necesita al menos una letra o un dígito.</translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation>La pregunta ya no existe.</translation>
    </message>
    <message>
        <source>The interview session no longer exists.</source>
        <translation>La sesión de entrevista ya no existe.</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>La candidatura ya no existe.</translation>
    </message>
    <message>
        <source>Migration file %1 is not named NNNN_name.sql.</source>
        <translation>El archivo de migración %1 no se llama NNNN_nombre.sql.</translation>
    </message>
    <message>
        <source>Migration file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de migración %1.</translation>
    </message>
    <message>
        <source>Migration %1 is out of sequence: expected number %2.</source>
        <translation>La migración %1 está fuera de secuencia: se esperaba el número %2.</translation>
    </message>
    <message>
        <source>No migrations were found in %1.</source>
        <translation>No se encontraron migraciones en %1.</translation>
    </message>
    <message>
        <source>The schema version cannot be read: %1</source>
        <translation>No se puede leer la versión del esquema: %1</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: no se puede iniciar una transacción: %2</translation>
    </message>
    <message>
        <source>%1, statement %2 (%3): %4</source>
        <translation>%1, instrucción %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1: commit failed: %2</source>
        <translation>%1: falló la confirmación: %2</translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation>El proyecto ya no existe.</translation>
    </message>
    <message>
        <source>The image is too large to store.</source>
        <translation>La imagen es demasiado grande para guardarla.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (QSQLITE).</source>
        <translation>El controlador SQLite de Qt no está instalado (QSQLITE).</translation>
    </message>
    <message>
        <source>Could not apply &quot;%1&quot;: %2</source>
        <translation>No se pudo aplicar «%1»: %2</translation>
    </message>
    <message>
        <source>The write-ahead log cannot be switched on: %1</source>
        <translation>No se puede activar el registro de escritura anticipada: %1</translation>
    </message>
    <message>
        <source>low</source>
        <comment>salary-gain estimate</comment>
        <translation>baja</translation>
    </message>
    <message>
        <source>high</source>
        <comment>salary-gain estimate</comment>
        <translation>alta</translation>
    </message>
    <message>
        <source>likely</source>
        <comment>salary-gain estimate</comment>
        <translation>probable</translation>
    </message>
    <message>
        <source>Expected gain: the catalogue&apos;s %1 estimate, %2 % of salary (range %3 to %4 %), made on %5. An estimate, not a promise: replace it with what you know.</source>
        <extracomment>%1 low/likely/high, %2 the percentage picked, %3 and %4 the range, %5 a date</extracomment>
        <translation>Ganancia esperada: la estimación %1 del catálogo, %2 % del salario (rango del %3 al %4 %), hecha el %5. Una estimación, no una promesa: sustituirla por lo que se sepa.</translation>
    </message>
    <message>
        <source>No file name was given for the demo workbench.</source>
        <translation>No se indicó ningún nombre de archivo para el banco de trabajo de demostración.</translation>
    </message>
    <message>
        <source>%1 already exists. The demo workbench is only written to a new file; choose another name.</source>
        <translation>%1 ya existe. El banco de trabajo de demostración solo se escribe en un archivo nuevo; elegir otro nombre.</translation>
    </message>
    <message>
        <source>The demo workbench needs a valid date for today.</source>
        <translation>El banco de trabajo de demostración necesita una fecha válida para hoy.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: must be a JSON object</source>
        <translation>%1: debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>The built-in roadmap (roadmap.json) cannot be read.</source>
        <translation>No se puede leer la hoja de ruta incorporada (roadmap.json).</translation>
    </message>
    <message>
        <source>roadmap.json: %1</source>
        <translation>roadmap.json: %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, more than any roadmap needs</source>
        <translation>el archivo ocupa más de %1 MB, más de lo que necesita cualquier hoja de ruta</translation>
    </message>
    <message>
        <source>lists and objects are nested more than %1 levels deep</source>
        <translation>las listas y los objetos están anidados a más de %1 niveles de profundidad</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>debe ser «%1»</translation>
    </message>
    <message>
        <source>%1 is not a template version this app reads (1 to %2)</source>
        <translation>%1 no es una versión de plantilla que esta aplicación lea (1 a %2)</translation>
    </message>
    <message>
        <source>has %1 entries; a roadmap may have at most %2</source>
        <translation>tiene %1 entradas; una hoja de ruta puede tener como máximo %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>«%1» se usa dos veces</translation>
    </message>
    <message>
        <source>no stage has the key &quot;%1&quot;</source>
        <translation>ninguna etapa tiene la clave «%1»</translation>
    </message>
    <message>
        <source>no category has the key &quot;%1&quot;</source>
        <translation>ninguna categoría tiene la clave «%1»</translation>
    </message>
    <message>
        <source>no specialisation has the key &quot;%1&quot;</source>
        <translation>ninguna especialización tiene la clave «%1»</translation>
    </message>
    <message>
        <source>must be a list of skill keys</source>
        <translation>debe ser una lista de claves de habilidad</translation>
    </message>
    <message>
        <source>lists more than %1 skills</source>
        <translation>incluye más de %1 habilidades</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not another skill of this roadmap</source>
        <translation>«%1» no es otra habilidad de esta hoja de ruta</translation>
    </message>
    <message>
        <source>the prerequisites of &quot;%1&quot; go round in a circle</source>
        <translation>los requisitos previos de «%1» forman un círculo</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: must be an object of keys</source>
        <translation>%1: debe ser un objeto de claves</translation>
    </message>
    <message>
        <source>%1: the name is missing</source>
        <translation>%1: falta el nombre</translation>
    </message>
    <message>
        <source>%1: the description is missing</source>
        <translation>%1: falta la descripción</translation>
    </message>
    <message>
        <source>%1.%2: the roadmap has no such key</source>
        <translation>%1.%2: la hoja de ruta no tiene esa clave</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;</source>
        <translation>format: debe ser «%1»</translation>
    </message>
    <message>
        <source>version: must be %1</source>
        <translation>version: debe ser %1</translation>
    </message>
    <message>
        <source>name: is missing</source>
        <translation>name: falta</translation>
    </message>
    <message>
        <source>names %1, which is not a checklist item</source>
        <translation>nombra %1, que no es un elemento de la lista de comprobación</translation>
    </message>
    <message>
        <source>Architecture sketch</source>
        <translation>Esquema de la arquitectura</translation>
    </message>
    <message>
        <source>must be a list of at most %1 names</source>
        <translation>debe ser una lista de %1 nombres como máximo</translation>
    </message>
    <message>
        <source>each name is text of at most %1 characters</source>
        <translation>cada nombre es un texto de %1 caracteres como máximo</translation>
    </message>
    <message>
        <source>added_days_ago is missing</source>
        <translation>falta added_days_ago</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project status</source>
        <translation>«%1» no es un estado de proyecto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certification status</source>
        <translation>«%1» no es un estado de certificación</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a skill status</source>
        <translation>«%1» no es un estado de habilidad</translation>
    </message>
</context>
<context>
    <name>QuestionBankModel</name>
    <message>
        <source>%1

Answer notes: %2</source>
        <translation>%1

Notas de respuesta: %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Last asked</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>The question bank cannot be read: %1</source>
        <translation>No se puede leer el banco de preguntas: %1</translation>
    </message>
</context>
<context>
    <name>QuestionBankView</name>
    <message>
        <source>Edit...</source>
        <translation>Editar...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Add Question...</source>
        <translation>Aña&amp;dir pregunta...</translation>
    </message>
    <message>
        <source>Search the question bank</source>
        <translation>Buscar en el banco de preguntas</translation>
    </message>
    <message>
        <source>Search questions, answers and topics</source>
        <translation>Buscar preguntas, respuestas y temas</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banco de preguntas</translation>
    </message>
    <message>
        <source>Added the question to the bank.</source>
        <translation>Pregunta añadida al banco.</translation>
    </message>
    <message>
        <source>Edit a question</source>
        <translation>Editar una pregunta</translation>
    </message>
    <message>
        <source>Delete Question</source>
        <translation>Eliminar pregunta</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the bank?</source>
        <translation>¿Eliminar «%1» del banco?</translation>
    </message>
    <message>
        <source>Deleted the question. Edit &gt; Undo brings it back.</source>
        <translation>Pregunta eliminada. Editar &gt; Deshacer la recupera.</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Add Question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <source>Edit Question</source>
        <translation>Editar pregunta</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>The points a good answer makes</source>
        <translation>Los puntos de una buena respuesta</translation>
    </message>
    <message>
        <source>&amp;Answer notes:</source>
        <translation>&amp;Notas de respuesta:</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>Temas, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Temas:</translation>
    </message>
    <message>
        <source>Enter the question.</source>
        <translation>Escribir la pregunta.</translation>
    </message>
</context>
<context>
    <name>ReadinessItem</name>
    <message>
        <source>A README</source>
        <translation>Un README</translation>
    </message>
    <message>
        <source>The README has install steps</source>
        <translation>El README tiene pasos de instalación</translation>
    </message>
    <message>
        <source>The README has usage steps</source>
        <translation>El README tiene pasos de uso</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>A CI pipeline</source>
        <translation>Un pipeline de CI</translation>
    </message>
    <message>
        <source>An environment file (requirements, pyproject ...)</source>
        <translation>Un archivo de entorno (requirements, pyproject ...)</translation>
    </message>
    <message>
        <source>A Dockerfile or compose file</source>
        <translation>Un Dockerfile o archivo compose</translation>
    </message>
    <message>
        <source>A licence</source>
        <translation>Una licencia</translation>
    </message>
    <message>
        <source>Coverage configuration or report</source>
        <translation>Configuración o informe de cobertura</translation>
    </message>
    <message>
        <source>No absolute paths in code and notebooks</source>
        <translation>Sin rutas absolutas en el código ni en los notebooks</translation>
    </message>
    <message>
        <source>No committed secrets</source>
        <translation>Sin secretos confirmados en el repositorio</translation>
    </message>
    <message>
        <source>Architecture documentation or a diagram</source>
        <translation>Documentación de la arquitectura o un diagrama</translation>
    </message>
    <message>
        <source>Quantified results: at least one metric</source>
        <translation>Resultados cuantificados: al menos una métrica</translation>
    </message>
    <message>
        <source>The problem is tied to a target industry or company</source>
        <translation>El problema está ligado a un sector o una empresa objetivo</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>&amp;Scan Folder...</source>
        <translation>Anali&amp;zar carpeta...</translation>
    </message>
    <message>
        <source>Cancel Scan</source>
        <translation>Cancelar análisis</translation>
    </message>
    <message>
        <source>Readiness score</source>
        <translation>Puntuación de preparación</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>Lista de comprobación de preparación</translation>
    </message>
    <message>
        <source>Item (tick what you have done)</source>
        <translation>Elemento (marcar lo que ya está hecho)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Read a local checkout of the project and fill the checklist with what it finds. Nothing is uploaded.</source>
        <translation>Lee una copia local del proyecto y rellena la lista de comprobación con lo que encuentra. No se sube nada.</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progreso del análisis</translation>
    </message>
    <message>
        <source>Ticked by hand</source>
        <translation>Marcado a mano</translation>
    </message>
    <message>
        <source>Found by the scan</source>
        <translation>Encontrado por el análisis</translation>
    </message>
    <message>
        <source>Shown by the project&apos;s own data</source>
        <translation>Lo demuestran los propios datos del proyecto</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>The scan found problems</source>
        <translation>El análisis encontró problemas</translation>
    </message>
    <message>
        <source>Not found by the scan</source>
        <translation>El análisis no lo encontró</translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation>Ningún proyecto seleccionado</translation>
    </message>
    <message>
        <source>Readiness: %1 of 100</source>
        <translation>Preparación: %1 de 100</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>No falta nada.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source>Weight %1 of 100</source>
        <translation>Peso %1 de 100</translation>
    </message>
    <message>
        <source>Not scanned yet.</source>
        <translation>Aún sin analizar.</translation>
    </message>
    <message>
        <source>Last scan: %1, %2</source>
        <translation>Último análisis: %1, %2</translation>
    </message>
    <message>
        <source>Scan a Project Folder</source>
        <translation>Analizar una carpeta de proyecto</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>Analizando %1</translation>
    </message>
    <message>
        <source>%1 files read...</source>
        <translation>%1 archivos leídos...</translation>
    </message>
    <message>
        <source>Scanning...</source>
        <translation>Analizando...</translation>
    </message>
    <message>
        <source>Scan cancelled; the checklist is as it was.</source>
        <translation>Análisis cancelado; la lista de comprobación sigue como estaba.</translation>
    </message>
    <message>
        <source>The folder could not be scanned: %1</source>
        <translation>No se pudo analizar la carpeta: %1</translation>
    </message>
    <message>
        <source>Scanned %1 files: readiness from the scan %2 of 100.</source>
        <translation>Se analizaron %1 archivos: preparación según el análisis %2 de 100.</translation>
    </message>
    <message numerus="yes">
        <source>Ticked by hand, but the last scan found %n problem(s): %1</source>
        <translation>
            <numerusform>Marcado a mano, pero el último análisis encontró %n problema: %1</numerusform>
            <numerusform>Marcado a mano, pero el último análisis encontró %n problemas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticked by hand; the last scan did not find it</source>
        <translation>Marcado a mano; el último análisis no lo encontró</translation>
    </message>
    <message>
        <source>Your tick counts for the score. The findings stay listed until a scan no longer finds them.</source>
        <translation>Tu marca cuenta para la puntuación. Los hallazgos siguen en la lista hasta que un análisis ya no los encuentre.</translation>
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
        <translation>No hay bancos de trabajo recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar lista</translation>
    </message>
</context>
<context>
    <name>RemoveApplicationCommand</name>
    <message>
        <source>Delete the application to %1</source>
        <translation>Eliminar la candidatura a %1</translation>
    </message>
</context>
<context>
    <name>RemoveCertificationCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>RemovePostingCommand</name>
    <message>
        <source>Delete Posting %1</source>
        <translation>Eliminar la oferta %1</translation>
    </message>
</context>
<context>
    <name>RemoveProjectCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>RemoveQuestionCommand</name>
    <message>
        <source>Delete a question</source>
        <translation>Eliminar una pregunta</translation>
    </message>
</context>
<context>
    <name>RemoveSessionCommand</name>
    <message>
        <source>Delete the session of %1</source>
        <translation>Eliminar la sesión del %1</translation>
    </message>
</context>
<context>
    <name>RepoScanner</name>
    <message>
        <source>an environment file is committed</source>
        <translation>se ha confirmado un archivo de entorno</translation>
    </message>
    <message>
        <source>a private key file is committed</source>
        <translation>se ha confirmado un archivo de clave privada</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: no existe esa carpeta</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: no es una carpeta</translation>
    </message>
    <message>
        <source>%1: cannot read the folder</source>
        <translation>%1: no se puede leer la carpeta</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Average of the last %1</source>
        <translation>Media de las últimas %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
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
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>present</source>
        <translation>actualidad</translation>
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
        <translation>Terminado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>System design</source>
        <translation>Diseño de sistemas</translation>
    </message>
    <message>
        <source>ML theory</source>
        <translation>Teoría de ML</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Conductual</translation>
    </message>
    <message>
        <source>Take-home</source>
        <translation>Prueba para casa</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Mock</source>
        <translation>Simulada</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: de %2 a %3</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (%4 better)</source>
        <translation>%1: de %2 a %3 (%4 mejor)</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (%4 worse)</source>
        <translation>%1: de %2 a %3 (%4 peor)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Portfolio summary</source>
        <translation>Resumen del portafolio</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Currículum</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>Do&amp;cumento:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>e.g. LLM, MLOps, RAG</source>
        <translation>p. ej. LLM, MLOps, RAG</translation>
    </message>
    <message>
        <source>Tags of the role you apply for, separated by commas: what matches them comes first, and a resume drops the rest first.</source>
        <translation>Etiquetas del puesto al que se opta, separadas por comas: lo que coincide va primero, y un currículum quita primero lo demás.</translation>
    </message>
    <message>
        <source>Target &amp;role:</source>
        <translation>&amp;Puesto objetivo:</translation>
    </message>
    <message>
        <source>Skills at &amp;level:</source>
        <translation>Habilidades a partir del &amp;nivel:</translation>
    </message>
    <message>
        <source>Only e&amp;arned certifications</source>
        <translation>Solo certificaciones o&amp;btenidas</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Roadmap progress (portfolio)</source>
        <translation>Progreso en la hoja de ruta (portafolio)</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Experience (resume)</source>
        <translation>Experiencia (currículum)</translation>
    </message>
    <message>
        <source>Education (resume)</source>
        <translation>Formación (currículum)</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Interview readiness (portfolio)</source>
        <translation>Preparación para entrevistas (portafolio)</translation>
    </message>
    <message>
        <source>Languages (resume)</source>
        <translation>Idiomas (currículum)</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>Export &amp;Markdown...</source>
        <translation>Exportar &amp;Markdown...</translation>
    </message>
    <message>
        <source>The workbench cannot be read: %1</source>
        <translation>No se puede leer el banco de trabajo: %1</translation>
    </message>
    <message>
        <source>Your choices could not be saved: %1</source>
        <translation>No se pudieron guardar las opciones: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>resume</source>
        <translation>currículum</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portafolio</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>Páginas HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>Exportando %1...</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>Only s&amp;kills with evidence</source>
        <translation>Solo habilidades con evi&amp;dencia</translation>
    </message>
    <message>
        <source>Only fi&amp;nished projects</source>
        <translation>Solo pro&amp;yectos terminados</translation>
    </message>
    <message>
        <source>E&amp;xport PDF...</source>
        <translation>Exportar PD&amp;F...</translation>
    </message>
    <message>
        <source>Export H&amp;TML...</source>
        <translation>Exportar &amp;HTML...</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Projects to show</source>
        <translation>Proyectos que mostrar</translation>
    </message>
    <message>
        <source>Certifications to show</source>
        <translation>Certificaciones que mostrar</translation>
    </message>
    <message>
        <source>Pro&amp;jects:</source>
        <translation>P&amp;royectos:</translation>
    </message>
    <message>
        <source>Certificati&amp;ons:</source>
        <translation>Certificaci&amp;ones:</translation>
    </message>
    <message>
        <source>Preparing the preview...</source>
        <translation>Preparando la vista previa...</translation>
    </message>
    <message>
        <source>%1 (featured)</source>
        <translation>%1 (destacado)</translation>
    </message>
    <message>
        <source>Laying out the pages...</source>
        <translation>Maquetando las páginas...</translation>
    </message>
    <message>
        <source>Drawing page %1 of %2...</source>
        <translation>Dibujando la página %1 de %2...</translation>
    </message>
    <message>
        <source>Nothing to show: every section is switched off.</source>
        <translation>Nada que mostrar: todas las secciones están desactivadas.</translation>
    </message>
    <message>
        <source>Laying out the pages for printing...</source>
        <translation>Maquetando las páginas para imprimir...</translation>
    </message>
</context>
<context>
    <name>ResumeBuilder</name>
    <message>
        <source>Resume: %1</source>
        <translation>Currículum: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Currículum</translation>
    </message>
    <message>
        <source>Resume for a role in %1</source>
        <translation>Currículum para un puesto en %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Stack: %1</source>
        <translation>Tecnologías: %1</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Courses: %1</source>
        <translation>Cursos: %1</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n habilidad</numerusform>
            <numerusform>%n habilidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n proyecto</numerusform>
            <numerusform>%n proyectos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n puesto</numerusform>
            <numerusform>%n puestos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n education entry(s)</source>
        <translation>
            <numerusform>%n entrada de formación</numerusform>
            <numerusform>%n entradas de formación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s)</source>
        <translation>
            <numerusform>%n certificación</numerusform>
            <numerusform>%n certificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n language(s)</source>
        <translation>
            <numerusform>%n idioma</numerusform>
            <numerusform>%n idiomas</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out to fit two pages, least relevant to the target role first: %1.</source>
        <translation>Omitido para caber en dos páginas, empezando por lo menos relevante para el puesto objetivo: %1.</translation>
    </message>
    <message>
        <source>Left out to fit two pages, least relevant first: %1.</source>
        <translation>Omitido para caber en dos páginas, empezando por lo menos relevante: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 y %n otro</numerusform>
            <numerusform>%1 y %n otros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeStore</name>
    <message>
        <source>The profile cannot be read: %1</source>
        <translation>No se puede leer el perfil: %1</translation>
    </message>
    <message>
        <source>The profile links cannot be read: %1</source>
        <translation>No se pueden leer los enlaces del perfil: %1</translation>
    </message>
    <message>
        <source>The resume cannot be read: %1</source>
        <translation>No se puede leer el currículum: %1</translation>
    </message>
    <message>
        <source>The profile could not be saved</source>
        <translation>No se pudo guardar el perfil</translation>
    </message>
    <message>
        <source>The links could not be saved</source>
        <translation>No se pudieron guardar los enlaces</translation>
    </message>
    <message>
        <source>The job could not be added</source>
        <translation>No se pudo añadir el empleo</translation>
    </message>
    <message>
        <source>The job could not be saved</source>
        <translation>No se pudo guardar el empleo</translation>
    </message>
    <message>
        <source>The job could not be removed</source>
        <translation>No se pudo eliminar el empleo</translation>
    </message>
    <message>
        <source>The work history could not be reordered</source>
        <translation>No se pudo reordenar la experiencia laboral</translation>
    </message>
    <message>
        <source>The education could not be added</source>
        <translation>No se pudo añadir la formación</translation>
    </message>
    <message>
        <source>The education could not be saved</source>
        <translation>No se pudo guardar la formación</translation>
    </message>
    <message>
        <source>The education could not be removed</source>
        <translation>No se pudo eliminar la formación</translation>
    </message>
    <message>
        <source>The education could not be reordered</source>
        <translation>No se pudo reordenar la formación</translation>
    </message>
    <message>
        <source>The language could not be added</source>
        <translation>No se pudo añadir el idioma</translation>
    </message>
    <message>
        <source>The language could not be saved</source>
        <translation>No se pudo guardar el idioma</translation>
    </message>
    <message>
        <source>The language could not be removed</source>
        <translation>No se pudo eliminar el idioma</translation>
    </message>
    <message>
        <source>The languages could not be reordered</source>
        <translation>No se pudieron reordenar los idiomas</translation>
    </message>
    <message>
        <source>The postal address cannot be read: %1</source>
        <translation>No se puede leer la dirección postal: %1</translation>
    </message>
    <message>
        <source>The postal address could not be saved</source>
        <translation>No se pudo guardar la dirección postal</translation>
    </message>
</context>
<context>
    <name>ResumeValidator</name>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la de inicio.</translation>
    </message>
    <message>
        <source>Enter a web address that starts with https:// or http://.</source>
        <translation>Introduce una dirección web que empiece por https:// o http://.</translation>
    </message>
    <message>
        <source>Enter the employer.</source>
        <translation>Introduce el empleador.</translation>
    </message>
    <message>
        <source>Enter the institution.</source>
        <translation>Introduce la institución.</translation>
    </message>
    <message>
        <source>Enter the language.</source>
        <translation>Introduce el idioma.</translation>
    </message>
    <message>
        <source>Name the site, e.g. GitHub or LinkedIn.</source>
        <translation>Indica el sitio, p. ej. GitHub o LinkedIn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code: use two letters such as DE or US.</source>
        <translation>«%1» no es un código de país: usa dos letras, como ES o US.</translation>
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
        <translation>Etapa nueva</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Categoría nueva</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>Habilidad nueva</translation>
    </message>
    <message>
        <source>Add Skill &quot;%1&quot;</source>
        <translation>Añadir habilidad «%1»</translation>
    </message>
    <message>
        <source>First stage</source>
        <translation>Primera etapa</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence link(s) and %1 go with it.</source>
        <translation>
            <numerusform>Con ello se eliminan %n vínculo de evidencia y %1.</numerusform>
            <numerusform>Con ello se eliminan %n vínculos de evidencia y %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Se puede deshacer con Editar &gt; Deshacer.</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Delete the skill &quot;%1&quot;?</source>
        <translation>¿Eliminar la habilidad «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n skill(s)?</source>
        <translation>
            <numerusform>¿Eliminar %n habilidad?</numerusform>
            <numerusform>¿Eliminar %n habilidades?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Skills</source>
        <translation>Eliminar habilidades</translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage &quot;%1&quot; and its %n skill(s)?</source>
        <translation>
            <numerusform>¿Eliminar la etapa «%1» y su %n habilidad?</numerusform>
            <numerusform>¿Eliminar la etapa «%1» y sus %n habilidades?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the category &quot;%1&quot; and its %n skill(s)?</source>
        <translation>
            <numerusform>¿Eliminar la categoría «%1» y su %n habilidad?</numerusform>
            <numerusform>¿Eliminar la categoría «%1» y sus %n habilidades?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Eliminar etapa</translation>
    </message>
    <message>
        <source>Delete Category</source>
        <translation>Eliminar categoría</translation>
    </message>
    <message numerus="yes">
        <source>%n study session(s) (%1)</source>
        <extracomment>%1 is a number of hours, e.g. &quot;12.5 hours&quot;</extracomment>
        <translation>
            <numerusform>%n sesión de estudio (%1)</numerusform>
            <numerusform>%n sesiones de estudio (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoadmapStore</name>
    <message>
        <source>The skills cannot be read: %1</source>
        <translation>No se pueden leer las habilidades: %1</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>No se guardó el cambio</translation>
    </message>
    <message>
        <source>The skill&apos;s other names cannot be read: %1</source>
        <translation>No se pueden leer los otros nombres de la habilidad: %1</translation>
    </message>
    <message>
        <source>The other names were not saved</source>
        <translation>Los otros nombres no se han guardado</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>El elemento ya no existe.</translation>
    </message>
    <message>
        <source>The skills&apos; other names cannot be read: %1</source>
        <translation>No se pueden leer los otros nombres de las habilidades: %1</translation>
    </message>
    <message>
        <source>The weekly study budget cannot be read: %1</source>
        <translation>No se puede leer el presupuesto semanal de estudio: %1</translation>
    </message>
    <message>
        <source>The hours per level cannot be read: %1</source>
        <translation>No se pueden leer las horas por nivel: %1</translation>
    </message>
    <message>
        <source>The prerequisites cannot be read: %1</source>
        <translation>No se pueden leer los requisitos previos: %1</translation>
    </message>
    <message>
        <source>The skill&apos;s evidence cannot be read: %1</source>
        <translation>No se pueden leer las evidencias de la habilidad: %1</translation>
    </message>
    <message>
        <source>The skill&apos;s study log cannot be read: %1</source>
        <translation>No se puede leer el registro de estudio de la habilidad: %1</translation>
    </message>
    <message>
        <source>The study log cannot be read: %1</source>
        <translation>No se puede leer el registro de estudio: %1</translation>
    </message>
</context>
<context>
    <name>RoadmapTemplateFiles</name>
    <message>
        <source>Roadmap templates (*.json);;All files (*)</source>
        <translation>Plantillas de hoja de ruta (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Roadmap Template</source>
        <translation>Exportar plantilla de hoja de ruta</translation>
    </message>
    <message>
        <source>%1 roadmap</source>
        <translation>Hoja de ruta de %1</translation>
    </message>
    <message>
        <source>The roadmap cannot be read: %1</source>
        <translation>No se puede leer la hoja de ruta: %1</translation>
    </message>
    <message>
        <source>Stages, categories and skills with their targets and priorities, exported from Career Workbench.</source>
        <translation>Etapas, categorías y habilidades con sus objetivos y prioridades, exportadas desde Career Workbench.</translation>
    </message>
    <message>
        <source>%1 was not written: %2. Any file already there is unchanged.</source>
        <translation>No se escribió %1: %2. Cualquier archivo que ya estuviera ahí no ha cambiado.</translation>
    </message>
    <message>
        <source>New Workbench from Template</source>
        <translation>Nuevo banco de trabajo desde plantilla</translation>
    </message>
    <message>
        <source>Template Refused</source>
        <translation>Plantilla rechazada</translation>
    </message>
    <message>
        <source>This roadmap template cannot be used: %1. Nothing was created or changed.</source>
        <translation>No se puede usar esta plantilla de hoja de ruta: %1. No se creó ni cambió nada.</translation>
    </message>
    <message>
        <source>Save the New Workbench As</source>
        <translation>Guardar el banco de trabajo nuevo como</translation>
    </message>
    <message>
        <source>%1 already exists. A new workbench never replaces a file; choose a new name.</source>
        <translation>%1 ya existe. Un banco de trabajo nuevo nunca sustituye a un archivo; elegir otro nombre.</translation>
    </message>
</context>
<context>
    <name>RoiPreview</name>
    <message>
        <source>What if</source>
        <translation>Y si...</translation>
    </message>
    <message>
        <source>Try a different tax rate or horizon here: they are not saved. The stored assumptions are in Edit &gt; Preferences.</source>
        <translation>Probar aquí otro tipo impositivo u otro horizonte: no se guardan. Los supuestos guardados están en Editar &gt; Preferencias.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Income tax rate:</source>
        <translation>Tipo del impuesto sobre la renta:</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>Horizonte:</translation>
    </message>
    <message>
        <source>Total cost:</source>
        <translation>Coste total:</translation>
    </message>
    <message>
        <source>of which time cost:</source>
        <translation>del cual, coste del tiempo:</translation>
    </message>
    <message>
        <source>Benefit a year after tax:</source>
        <translation>Beneficio anual tras impuestos:</translation>
    </message>
    <message>
        <source>ROI:</source>
        <translation>ROI:</translation>
    </message>
    <message>
        <source>Payback:</source>
        <translation>Amortización:</translation>
    </message>
    <message>
        <source>NPV:</source>
        <translation>VAN:</translation>
    </message>
    <message>
        <source>Value per study hour:</source>
        <translation>Valor por hora de estudio:</translation>
    </message>
    <message>
        <source>What each study hour returns over the horizon after the exam, materials and renewals: compare it with the value of an hour of your time.</source>
        <translation>Lo que rinde cada hora de estudio en el horizonte tras el examen, los materiales y las renovaciones: compararlo con el valor de una hora del propio tiempo.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>no study hours</source>
        <translation>sin horas de estudio</translation>
    </message>
</context>
<context>
    <name>RoiSettingsPanel</name>
    <message>
        <source>How certifications are ranked by return. These assumptions are kept in this workbench file.</source>
        <translation>Cómo se ordenan las certificaciones por retorno. Estos supuestos se guardan en este archivo de banco de trabajo.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizonte:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Income &amp;tax rate:</source>
        <translation>Tipo del &amp;impuesto sobre la renta:</translation>
    </message>
    <message>
        <source> % a year</source>
        <translation> % al año</translation>
    </message>
    <message>
        <source>&amp;Discount rate:</source>
        <translation>Tasa de &amp;descuento:</translation>
    </message>
    <message>
        <source>Derive from the current salary (salary / 2,080 hours)</source>
        <translation>Derivar del salario actual (salario / 2.080 horas)</translation>
    </message>
    <message>
        <source>Value of a study hour:</source>
        <translation>Valor de una hora de estudio:</translation>
    </message>
    <message>
        <source>Your profile&apos;s salary of %1 gives %2 an hour.</source>
        <translation>El salario del perfil, %1, da %2 la hora.</translation>
    </message>
    <message>
        <source>Your profile has no salary yet, so study time counts as free. Set a salary in the profile or a value here.</source>
        <translation>El perfil aún no tiene salario, así que el tiempo de estudio cuenta como gratuito. Indicar un salario en el perfil o un valor aquí.</translation>
    </message>
    <message>
        <source>The certification assumptions could not be saved: %1</source>
        <translation>No se pudieron guardar los supuestos de las certificaciones: %1</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>The certification assumptions cannot be read: %1</source>
        <translation>No se pueden leer los supuestos de las certificaciones: %1</translation>
    </message>
</context>
<context>
    <name>ScanRepoCommand</name>
    <message>
        <source>Scan the folder DIR for the readiness checklist (README, tests, CI, secrets ...), print it with its evidence and exit.</source>
        <translation>Analizar la carpeta DIR según la lista de preparación (README, pruebas, CI, secretos ...), mostrarla con sus evidencias y salir.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Mostrar el resultado como un único objeto JSON.</translation>
    </message>
    <message>
        <source>With --scan-repo: exit with 1 when the score is below N (0-100).</source>
        <translation>Con --scan-repo: salir con 1 si la puntuación es inferior a N (0-100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--scan-repo needs a folder.</source>
        <translation>--scan-repo necesita una carpeta.</translation>
    </message>
    <message>
        <source>--fail-under needs a whole number from 0 to 100.</source>
        <translation>--fail-under necesita un número entero de 0 a 100.</translation>
    </message>
    <message>
        <source>Readiness %1 is below %2.</source>
        <translation>La preparación %1 es inferior a %2.</translation>
    </message>
    <message>
        <source>Readiness of %1: %2 of 100</source>
        <translation>Preparación de %1: %2 de 100</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... y %n hallazgo más</numerusform>
            <numerusform>... y %n hallazgos más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Log Interview Session</source>
        <translation>Registrar sesión de entrevista</translation>
    </message>
    <message>
        <source>Edit Interview Session</source>
        <translation>Editar sesión de entrevista</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Questions and Notes</source>
        <translation>Preguntas y notas</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>The session has a time</source>
        <translation>La sesión tiene hora</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Mock interview</source>
        <translation>Entrevista simulada</translation>
    </message>
    <message>
        <source>Real interview</source>
        <translation>Entrevista real</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>New Format...</source>
        <translation>Nuevo formato...</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Self-practice</source>
        <translation>Práctica propia</translation>
    </message>
    <message>
        <source>A peer</source>
        <translation>Un compañero</translation>
    </message>
    <message>
        <source>A platform</source>
        <translation>Una plataforma</translation>
    </message>
    <message>
        <source>Name of the peer or platform</source>
        <translation>Nombre del compañero o de la plataforma</translation>
    </message>
    <message>
        <source>Name (peer or platform)</source>
        <translation>Nombre (compañero o plataforma)</translation>
    </message>
    <message>
        <source>&amp;Run by:</source>
        <translation>&amp;Dirigida por:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>Cand&amp;idatura:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>P&amp;uesto:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Dura&amp;ción:</translation>
    </message>
    <message>
        <source>&amp;Self score (1-5):</source>
        <translation>&amp;Autoevaluación (1-5):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>&amp;Interviewer score:</source>
        <translation>Puntuación del e&amp;ntrevistador:</translation>
    </message>
    <message>
        <source>Topics, each with its own score:</source>
        <translation>Temas, cada uno con su puntuación:</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Una pregunta por línea</translation>
    </message>
    <message>
        <source>&amp;Questions asked:</source>
        <translation>&amp;Preguntas hechas:</translation>
    </message>
    <message>
        <source>What went &amp;well:</source>
        <translation>Qué salió &amp;bien:</translation>
    </message>
    <message>
        <source>What to im&amp;prove:</source>
        <translation>Qué &amp;mejorar:</translation>
    </message>
    <message>
        <source>One action per line</source>
        <translation>Una acción por línea</translation>
    </message>
    <message>
        <source>&amp;Action items:</source>
        <translation>&amp;Acciones pendientes:</translation>
    </message>
    <message>
        <source>Question bank (double-click adds the question):</source>
        <translation>Banco de preguntas (doble clic añade la pregunta):</translation>
    </message>
    <message>
        <source>Search the question bank</source>
        <translation>Buscar en el banco de preguntas</translation>
    </message>
    <message>
        <source>Search the bank</source>
        <translation>Buscar en el banco</translation>
    </message>
    <message>
        <source>Questions in the bank</source>
        <translation>Preguntas del banco</translation>
    </message>
    <message>
        <source>New Format</source>
        <translation>Nuevo formato</translation>
    </message>
    <message>
        <source>Name of the interview format:</source>
        <translation>Nombre del formato de entrevista:</translation>
    </message>
    <message>
        <source>The question bank cannot be searched: %1</source>
        <translation>No se puede buscar en el banco de preguntas: %1</translation>
    </message>
</context>
<context>
    <name>SkillAliasRepository</name>
    <message>
        <source>a skill has at most %1 other names</source>
        <translation>una habilidad tiene %1 otros nombres como máximo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>«%1» tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>the skill no longer exists</source>
        <translation>la habilidad ya no existe</translation>
    </message>
</context>
<context>
    <name>SkillCommands</name>
    <message>
        <source>Add Stage &quot;%1&quot;</source>
        <translation>Añadir etapa «%1»</translation>
    </message>
    <message>
        <source>Add Category &quot;%1&quot;</source>
        <translation>Añadir categoría «%1»</translation>
    </message>
    <message>
        <source>Add Skill &quot;%1&quot;</source>
        <translation>Añadir habilidad «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Log %n Minute(s) of Study</source>
        <translation>
            <numerusform>Registrar %n minuto de estudio</numerusform>
            <numerusform>Registrar %n minutos de estudio</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Stage &quot;%1&quot;</source>
        <translation>Eliminar etapa «%1»</translation>
    </message>
    <message>
        <source>Delete Category &quot;%1&quot;</source>
        <translation>Eliminar categoría «%1»</translation>
    </message>
    <message>
        <source>Delete Skill &quot;%1&quot;</source>
        <translation>Eliminar habilidad «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Skill(s)</source>
        <translation>
            <numerusform>Eliminar %n habilidad</numerusform>
            <numerusform>Eliminar %n habilidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Study Session</source>
        <translation>Eliminar sesión de estudio</translation>
    </message>
    <message>
        <source>Link &quot;%1&quot;</source>
        <translation>Vincular «%1»</translation>
    </message>
    <message>
        <source>Unlink &quot;%1&quot;</source>
        <translation>Desvincular «%1»</translation>
    </message>
    <message>
        <source>Move Skill &quot;%1&quot;</source>
        <translation>Mover habilidad «%1»</translation>
    </message>
    <message>
        <source>Rename Stage &quot;%1&quot;</source>
        <translation>Renombrar etapa «%1»</translation>
    </message>
    <message>
        <source>Rename Category &quot;%1&quot;</source>
        <translation>Renombrar categoría «%1»</translation>
    </message>
    <message>
        <source>Reorder Stages</source>
        <translation>Reordenar etapas</translation>
    </message>
    <message>
        <source>Reorder Categories</source>
        <translation>Reordenar categorías</translation>
    </message>
    <message>
        <source>Change Prerequisites of &quot;%1&quot;</source>
        <translation>Cambiar requisitos previos de «%1»</translation>
    </message>
    <message>
        <source>Rename Skill &quot;%1&quot;</source>
        <translation>Renombrar habilidad «%1»</translation>
    </message>
    <message>
        <source>Edit Description of &quot;%1&quot;</source>
        <translation>Editar descripción de «%1»</translation>
    </message>
    <message>
        <source>Edit Notes of &quot;%1&quot;</source>
        <translation>Editar notas de «%1»</translation>
    </message>
    <message>
        <source>Change Level of &quot;%1&quot;</source>
        <translation>Cambiar nivel de «%1»</translation>
    </message>
    <message>
        <source>Change Target of &quot;%1&quot;</source>
        <translation>Cambiar objetivo de «%1»</translation>
    </message>
    <message>
        <source>Change Priority of &quot;%1&quot;</source>
        <translation>Cambiar prioridad de «%1»</translation>
    </message>
    <message>
        <source>Change Status of &quot;%1&quot;</source>
        <translation>Cambiar estado de «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Skill(s) from the Built-in Roadmap</source>
        <translation>
            <numerusform>Añadir %n habilidad de la hoja de ruta incorporada</numerusform>
            <numerusform>Añadir %n habilidades de la hoja de ruta incorporada</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Other Names of &quot;%1&quot;</source>
        <translation>Cambiar los otros nombres de «%1»</translation>
    </message>
</context>
<context>
    <name>SkillDetailsPanel</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Select a skill to see its description, notes, prerequisites, evidence and study log.</source>
        <translation>Seleccionar una habilidad para ver su descripción, notas, requisitos previos, evidencias y registro de estudio.</translation>
    </message>
    <message>
        <source>Your own notes: resources, what to practise, what you built.</source>
        <translation>Notas propias: recursos, qué practicar, qué se construyó.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unproven.&lt;/b&gt; At level 3 or above this is a claim a hiring manager cannot verify. Link a project, an earned certification or an interview topic that shows it (Evidence tab).</source>
        <translation>&lt;b&gt;Sin demostrar.&lt;/b&gt; A partir del nivel 3 es una afirmación que quien contrata no puede verificar. Vincular un proyecto, una certificación obtenida o un tema de entrevista que la demuestre (pestaña Evidencias).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>E&amp;tapa:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Skill that comes first</source>
        <translation>Habilidad que va antes</translation>
    </message>
    <message>
        <source>&amp;Prerequisites:</source>
        <translation>Prerre&amp;quisitos:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Study Log</source>
        <translation>Registro de estudio</translation>
    </message>
    <message numerus="yes">
        <source>Still %n level(s) below its target</source>
        <translation>
            <numerusform>Aún %n nivel por debajo de su objetivo</numerusform>
            <numerusform>Aún %n niveles por debajo de su objetivo</numerusform>
        </translation>
    </message>
    <message>
        <source>No skill is called &quot;%1&quot;.</source>
        <translation>Ninguna habilidad se llama «%1».</translation>
    </message>
    <message>
        <source>A skill cannot come before itself.</source>
        <translation>Una habilidad no puede ir antes de sí misma.</translation>
    </message>
    <message>
        <source>%1 is already a prerequisite.</source>
        <translation>%1 ya es un requisito previo.</translation>
    </message>
    <message>
        <source>%1 already needs %2 first, so it cannot also come before it.</source>
        <translation>%1 ya necesita antes %2, así que no puede ir también antes de ella.</translation>
    </message>
    <message>
        <source>Other names, separated by commas</source>
        <translation>Otros nombres, separados por comas</translation>
    </message>
    <message>
        <source>What job postings may call this skill (e.g. &quot;torch&quot; for PyTorch, &quot;k8s&quot; for Kubernetes). The Job Match page finds the skill by these names too, whatever their case.</source>
        <translation>Cómo pueden llamar a esta habilidad las ofertas de empleo (p. ej., «torch» para PyTorch, «k8s» para Kubernetes). La página Ofertas también encuentra la habilidad por estos nombres, con mayúsculas o minúsculas.</translation>
    </message>
    <message>
        <source>Also &amp;known as:</source>
        <translation>Tam&amp;bién conocida como:</translation>
    </message>
    <message>
        <source>“%1” is also a name of %2.</source>
        <translation>«%1» también es un nombre de %2.</translation>
    </message>
    <message>
        <source>A posting that says it counts for one of these skills only.</source>
        <translation>Una oferta que lo mencione cuenta solo para una de estas habilidades.</translation>
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
        <translation>Filtrar habilidades</translation>
    </message>
    <message>
        <source>The roadmap has no skills yet.</source>
        <translation>La hoja de ruta aún no tiene habilidades.</translation>
    </message>
    <message>
        <source>1 skill covered</source>
        <translation>1 habilidad cubierta</translation>
    </message>
    <message>
        <source>%1 skills covered</source>
        <translation>%1 habilidades cubiertas</translation>
    </message>
    <message>
        <source>Roadmap skills</source>
        <translation>Habilidades de la hoja de ruta</translation>
    </message>
</context>
<context>
    <name>SkillRepository</name>
    <message>
        <source>The skill no longer exists.</source>
        <translation>La habilidad ya no existe.</translation>
    </message>
</context>
<context>
    <name>SkillText</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Aware</source>
        <translation>Nociones</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Principiante</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Práctico</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Experto</translation>
    </message>
    <message>
        <source>0 - None: not looked at yet.</source>
        <translation>0 - Ninguno: aún sin explorar.</translation>
    </message>
    <message>
        <source>1 - Aware: you know what it is for and have read or watched an introduction.</source>
        <translation>1 - Nociones: se sabe para qué sirve y se ha leído o visto una introducción.</translation>
    </message>
    <message>
        <source>2 - Beginner: you have followed tutorials and can do simple tasks with help.</source>
        <translation>2 - Principiante: se han seguido tutoriales y se hacen tareas sencillas con ayuda.</translation>
    </message>
    <message>
        <source>3 - Working: you use it on real work without help and can show the result.</source>
        <translation>3 - Práctico: se usa en trabajo real sin ayuda y se puede mostrar el resultado.</translation>
    </message>
    <message>
        <source>4 - Advanced: you handle the hard cases, review others&apos; work and teach it.</source>
        <translation>4 - Avanzado: se resuelven los casos difíciles, se revisa el trabajo de otros y se enseña.</translation>
    </message>
    <message>
        <source>5 - Expert: you design with it, lead others and are known for it.</source>
        <translation>5 - Experto: se diseña con ello, se guía a otros y se es referente en ello.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendiendo</translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Dominada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Interview topic</source>
        <translation>Tema de entrevista</translation>
    </message>
    <message>
        <source>Level %1 says you have started, but the status is &quot;%2&quot;: &quot;%3&quot; fits.</source>
        <translation>El nivel %1 indica que has empezado, pero el estado es «%2»: encaja «%3».</translation>
    </message>
    <message>
        <source>The target is reached, but the status is &quot;%1&quot;: &quot;%2&quot; fits.</source>
        <translation>El objetivo se ha alcanzado, pero el estado es «%1»: encaja «%2».</translation>
    </message>
</context>
<context>
    <name>SkillValidator</name>
    <message>
        <source>Give the skill a name.</source>
        <translation>Dar un nombre a la habilidad.</translation>
    </message>
    <message>
        <source>Choose the stage the skill belongs to.</source>
        <translation>Elegir la etapa a la que pertenece la habilidad.</translation>
    </message>
    <message>
        <source>The level must be between 0 and %1.</source>
        <translation>El nivel debe estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>The target must be between 0 and %1.</source>
        <translation>El objetivo debe estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>The priority must be between 1 (low) and 4 (critical).</source>
        <translation>La prioridad debe estar entre 1 (baja) y 4 (crítica).</translation>
    </message>
    <message>
        <source>A skill cannot be its own prerequisite.</source>
        <translation>Una habilidad no puede ser requisito previo de sí misma.</translation>
    </message>
</context>
<context>
    <name>SkillsCharts</name>
    <message>
        <source>Level against target, per category</source>
        <translation>Nivel frente al objetivo, por categoría</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message numerus="yes">
        <source>%1: level %2, target %3 (mean of %n skill(s))</source>
        <translation>
            <numerusform>%1: nivel %2, objetivo %3 (media de %n habilidad)</numerusform>
            <numerusform>%1: nivel %2, objetivo %3 (media de %n habilidades)</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 largest gaps</source>
        <translation>Las %1 brechas mayores</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message numerus="yes">
        <source>%1: level %2 of %3, %n level(s) to go</source>
        <translation>
            <numerusform>%1: nivel %2 de %3, falta %n nivel</numerusform>
            <numerusform>%1: nivel %2 de %3, faltan %n niveles</numerusform>
        </translation>
    </message>
    <message>
        <source>Study hours per week</source>
        <translation>Horas de estudio por semana</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Study hours per week (budget %1)</source>
        <translation>Horas de estudio por semana (presupuesto %1)</translation>
    </message>
    <message>
        <source>Budget: %1 a week</source>
        <translation>Presupuesto: %1 a la semana</translation>
    </message>
    <message>
        <source>Week of %1: %2</source>
        <translation>Semana del %1: %2</translation>
    </message>
</context>
<context>
    <name>SkillsFilterBar</name>
    <message>
        <source>&amp;Gaps only</source>
        <translation>Solo con b&amp;recha</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Por etapa</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>Group the skills by roadmap stage or by category</source>
        <translation>Agrupar las habilidades por etapa de la hoja de ruta o por categoría</translation>
    </message>
    <message>
        <source>Filter skills</source>
        <translation>Filtrar habilidades</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>Show only skills below their target (skipped ones hidden)</source>
        <translation>Mostrar solo las habilidades por debajo de su objetivo (las omitidas, ocultas)</translation>
    </message>
</context>
<context>
    <name>SkillsModel</name>
    <message numerus="yes">
        <source>Move %n Skill(s)</source>
        <translation>
            <numerusform>Mover %n habilidad</numerusform>
            <numerusform>Mover %n habilidades</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation>Sin demostrar</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s), %1, %2</source>
        <translation>
            <numerusform>%n proyecto, %1, %2</numerusform>
            <numerusform>%n proyectos, %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earned certification(s)</source>
        <translation>
            <numerusform>%n certificación obtenida</numerusform>
            <numerusform>%n certificaciones obtenidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview topic(s)</source>
        <translation>
            <numerusform>%n tema de entrevista</numerusform>
            <numerusform>%n temas de entrevista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked certification(s) not earned yet (not evidence until earned)</source>
        <translation>
            <numerusform>%n certificación vinculada aún no obtenida (no es evidencia hasta obtenerla)</numerusform>
            <numerusform>%n certificaciones vinculadas aún no obtenidas (no son evidencia hasta obtenerlas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unproven: level %1 is a claim a hiring manager cannot verify. Link a project, an earned certification or an interview topic that shows it.</source>
        <translation>Sin demostrar: el nivel %1 es una afirmación que quien contrata no puede verificar. Vincular un proyecto, una certificación obtenida o un tema de entrevista que la demuestre.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Where you stand, 0 (none) to 5 (expert). Double-click to change.</source>
        <translation>Dónde se está, de 0 (ninguno) a 5 (experto). Doble clic para cambiarlo.</translation>
    </message>
    <message>
        <source>Levels between your level and the target.</source>
        <translation>Niveles entre el nivel actual y el objetivo.</translation>
    </message>
    <message>
        <source>Projects, earned certifications and interview topics that show the skill.</source>
        <translation>Proyectos, certificaciones obtenidas y temas de entrevista que demuestran la habilidad.</translation>
    </message>
    <message>
        <source>Hours logged in the study log.</source>
        <translation>Horas registradas en el registro de estudio.</translation>
    </message>
    <message>
        <source>%1
Change it in this cell (F2).</source>
        <translation>%1
Cámbialo en esta celda (F2).</translation>
    </message>
    <message>
        <source>%1 studied</source>
        <extracomment>%1 is a number of hours, e.g. &quot;12.5 hours&quot;</extracomment>
        <translation>%1 de estudio</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Añadir eta&amp;pa</translation>
    </message>
    <message>
        <source>Add &amp;Category</source>
        <translation>Añadir cate&amp;goría</translation>
    </message>
    <message>
        <source>Add S&amp;kill</source>
        <translation>Añadir &amp;habilidad</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Export Roadmap Template...</source>
        <translation>E&amp;xportar plantilla de hoja de ruta...</translation>
    </message>
    <message>
        <source>&amp;New Workbench from Template...</source>
        <translation>&amp;Nuevo banco de trabajo desde plantilla...</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Hoja de ruta</translation>
    </message>
    <message>
        <source>What to Learn Next</source>
        <translation>Qué aprender a continuación</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Add a Stage</source>
        <translation>Añadir una etapa</translation>
    </message>
    <message>
        <source>Add a Skill</source>
        <translation>Añadir una habilidad</translation>
    </message>
    <message>
        <source>New Workbench from Template...</source>
        <translation>Nuevo banco de trabajo desde plantilla...</translation>
    </message>
    <message>
        <source>The roadmap cannot be read: %1</source>
        <translation>No se puede leer la hoja de ruta: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your roadmap is empty.&lt;/b&gt; Start with a stage, a step of your path such as &quot;Foundations&quot;, then add the skills it needs. Or start a new workbench from a roadmap template someone shared with you.</source>
        <translation>&lt;b&gt;La hoja de ruta está vacía.&lt;/b&gt; Empezar con una etapa, un paso del camino como «Fundamentos», y añadir después las habilidades que necesita. O empezar un banco de trabajo nuevo a partir de una plantilla de hoja de ruta compartida.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No skills yet.&lt;/b&gt; Add the skills of your first stage: give each a target level, then set where you stand today.</source>
        <translation>&lt;b&gt;Aún no hay habilidades.&lt;/b&gt; Añadir las habilidades de la primera etapa: dar a cada una un nivel objetivo y después indicar el nivel actual.</translation>
    </message>
    <message>
        <source>Skills are ordered within their stage: group by stage to move them.</source>
        <translation>Las habilidades se ordenan dentro de su etapa: agrupar por etapa para moverlas.</translation>
    </message>
    <message>
        <source>Roadmap template written to %1</source>
        <translation>Plantilla de hoja de ruta escrita en %1</translation>
    </message>
    <message>
        <source>Add What the &amp;Built-in Roadmap Has...</source>
        <translation>&amp;Añadir lo que tiene la hoja de ruta incorporada...</translation>
    </message>
    <message>
        <source>Offer the skills the built-in roadmap has and yours lacks</source>
        <translation>Ofrecer las habilidades que tiene la hoja de ruta incorporada y faltan en la propia</translation>
    </message>
    <message>
        <source>Add what the built-in roadmap has, share the roadmap as a template, or start a new workbench from one</source>
        <translation>Añadir lo que tiene la hoja de ruta incorporada, compartir la hoja de ruta como plantilla o empezar un banco de trabajo nuevo a partir de una</translation>
    </message>
</context>
<context>
    <name>SkillsSettingsPanel</name>
    <message>
        <source>Weekly study &amp;budget:</source>
        <translation>&amp;Presupuesto semanal de estudio:</translation>
    </message>
    <message>
        <source>&amp;Hours per level:</source>
        <translation>Horas por &amp;nivel:</translation>
    </message>
    <message>
        <source>Each stage&apos;s completion date assumes the stages are studied in order, each missing level takes the hours per level, and you study the weekly budget. A budget of 0 shows no dates.</source>
        <translation>La fecha de finalización de cada etapa supone que las etapas se estudian en orden, que cada nivel pendiente lleva las horas por nivel y que se estudia el presupuesto semanal. Con un presupuesto de 0 no se muestran fechas.</translation>
    </message>
    <message>
        <source>Hours per level must be more than 0.</source>
        <translation>Las horas por nivel deben ser más de 0.</translation>
    </message>
    <message>
        <source>The skills settings could not be saved: %1</source>
        <translation>No se pudieron guardar los ajustes de habilidades: %1</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>The study settings cannot be read: %1</source>
        <translation>No se pueden leer los ajustes de estudio: %1</translation>
    </message>
</context>
<context>
    <name>SkillsTreeView</name>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
</context>
<context>
    <name>SqlHelpers</name>
    <message>
        <source>the workbench file is not open</source>
        <translation>el archivo del banco de trabajo no está abierto</translation>
    </message>
</context>
<context>
    <name>StageProgressWidget</name>
    <message>
        <source>no targets</source>
        <translation>sin objetivos</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>no weekly study budget set</source>
        <translation>sin presupuesto semanal de estudio</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aprox. %1</translation>
    </message>
    <message>
        <source>%1 of %2 levels</source>
        <translation>%1 de %2 niveles</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall:&lt;/b&gt; %1 of %2 target levels reached (%3%) - roadmap complete %4</source>
        <translation>&lt;b&gt;En total:&lt;/b&gt; %1 de %2 niveles objetivo alcanzados (%3%) - hoja de ruta completa %4</translation>
    </message>
    <message>
        <source> - %1</source>
        <translation> - %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall:&lt;/b&gt; %1 of %2 target levels reached (%3%) - roadmap complete %4 %5</source>
        <translation>&lt;b&gt;En total:&lt;/b&gt; %1 de %2 niveles objetivo alcanzados (%3%) - hoja de ruta completa %4 %5</translation>
    </message>
    <message numerus="yes">
        <source>at your pace of %1 a week over the last %n week(s) (budget %2)</source>
        <translation>
            <numerusform>al ritmo real de %1 a la semana durante %n semana (presupuesto %2)</numerusform>
            <numerusform>al ritmo real de %1 a la semana en las últimas %n semanas (presupuesto %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>at your budget of %1 a week (too little study logged yet to use your pace)</source>
        <translation>con el presupuesto de %1 a la semana (aún hay poco estudio registrado para usar el ritmo real)</translation>
    </message>
    <message>
        <source>%1 to go at %2 per level and %3 of study a week.</source>
        <extracomment>%1, %2 and %3 are numbers of hours, e.g. &quot;12.5 hours&quot;</extracomment>
        <translation>Faltan %1 a %2 por nivel y %3 de estudio a la semana.</translation>
    </message>
    <message>
        <source>%1
%2; %3 to go (%4 counting the stages before it).</source>
        <extracomment>%3 and %4 are numbers of hours, e.g. &quot;12.5 hours&quot;</extracomment>
        <translation>%1
%2; faltan %3 (%4 contando las etapas anteriores).</translation>
    </message>
</context>
<context>
    <name>StudyHeatmap</name>
    <message>
        <source>Study by day</source>
        <translation>Estudio por día</translation>
    </message>
    <message>
        <source>%1: studied %2</source>
        <translation>%1: %2 de estudio</translation>
    </message>
    <message>
        <source>%1: no study logged</source>
        <translation>%1: sin estudio registrado</translation>
    </message>
    <message numerus="yes">
        <source>In the last %n week(s)</source>
        <translation>
            <numerusform>En la última %n semana</numerusform>
            <numerusform>En las últimas %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no study was logged.</source>
        <translation>%1 no se registró estudio.</translation>
    </message>
    <message>
        <source>%1 you studied on %2 of %3 days, %4 in all; the most on %5 (%6).</source>
        <translation>%1 se estudió %2 de %3 días, %4 en total; lo máximo el %5 (%6).</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>StudyLogWidget</name>
    <message>
        <source>&amp;Log</source>
        <translation>Reg&amp;istrar</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What you studied (optional)</source>
        <translation>Qué se estudió (opcional)</translation>
    </message>
    <message>
        <source>No study time logged for this skill yet.</source>
        <translation>Aún no hay tiempo de estudio registrado para esta habilidad.</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>Ho&amp;ras:</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 in all</source>
        <translation>
            <numerusform>%n sesión, %1 en total</numerusform>
            <numerusform>%n sesiones, %1 en total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudySessionValidator</name>
    <message>
        <source>Choose the skill or certification you studied for.</source>
        <translation>Elegir la habilidad o la certificación para la que se estudió.</translation>
    </message>
    <message>
        <source>Enter the day you studied.</source>
        <translation>Introducir el día de estudio.</translation>
    </message>
    <message>
        <source>Study time must be more than 0 and at most 24 hours.</source>
        <translation>El tiempo de estudio debe ser más de 0 y como máximo 24 horas.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling %1...</source>
        <translation>Cancelando %1...</translation>
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
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>TopicScoresWidget</name>
    <message>
        <source>Add Topic</source>
        <translation>Añadir tema</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Topic to add</source>
        <translation>Tema que añadir</translation>
    </message>
    <message>
        <source>Topic, e.g. Transformers</source>
        <translation>Tema, p. ej., Transformers</translation>
    </message>
    <message>
        <source>Topics and their scores</source>
        <translation>Temas y sus puntuaciones</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Score of %1</source>
        <translation>Puntuación de %1</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
</context>
<context>
    <name>UpcomingList</name>
    <message numerus="yes">
        <source>&lt;b&gt;Next %n days&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Próximo %n día&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Próximos %n días&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Exams, expiries and renewals due</source>
        <translation>Exámenes, caducidades y renovaciones pendientes</translation>
    </message>
    <message numerus="yes">
        <source>No exams, expiries or renewals in the next %n days.</source>
        <translation>
            <numerusform>Ningún examen, caducidad ni renovación en el próximo %n día.</numerusform>
            <numerusform>Ningún examen, caducidad ni renovación en los próximos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2
%3, %4</source>
        <translation>%1: %2
%3, %4</translation>
    </message>
</context>
<context>
    <name>WorkHistoryEditor</name>
    <message>
        <source>Jobs</source>
        <translation>Empleos</translation>
    </message>
    <message>
        <source>&amp;Add job</source>
        <translation>Añadir emple&amp;o</translation>
    </message>
    <message>
        <source>No jobs yet. Add the jobs your resume should list.</source>
        <translation>Aún no hay empleos. Añade los empleos que debe mostrar tu currículum.</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>Leave unset for the job you have now.</source>
        <translation>Déjalo vacío para tu empleo actual.</translation>
    </message>
    <message>
        <source>One achievement per line, with a number where you can: &quot;Cut report time from 2 days to 2 hours&quot;</source>
        <translation>Un logro por línea, con una cifra cuando puedas: &quot;Reduje el tiempo de informe de 2 días a 2 horas&quot;</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>U&amp;bicación:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Dirección &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>E&amp;nded:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A job in the list: &quot;Position, Employer&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Edit job at %1</source>
        <translation>Editar empleo en %1</translation>
    </message>
    <message>
        <source>New employer</source>
        <translation>Nuevo empleador</translation>
    </message>
    <message>
        <source>Add job</source>
        <translation>Añadir empleo</translation>
    </message>
    <message>
        <source>Remove job at %1</source>
        <translation>Eliminar empleo en %1</translation>
    </message>
    <message>
        <source>Reorder the work history</source>
        <translation>Reordenar la experiencia laboral</translation>
    </message>
    <message>
        <source>E&amp;mployer:</source>
        <translation>Emplea&amp;dor:</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>H&amp;ighlights:</source>
        <translation>Lo&amp;gros:</translation>
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
        <translation>La entrada ya no existe.</translation>
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
