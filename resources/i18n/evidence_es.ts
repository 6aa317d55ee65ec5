<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddToCaseDialog</name>
    <message>
        <location filename="../../evidence_app/ui/cases/add_to_case.py" line="112"/>
        <source>Add to case</source>
        <translation>Añadir a un caso</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/add_to_case.py" line="114"/>
        <source>&amp;Existing case:</source>
        <translation>Caso &amp;existente:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/add_to_case.py" line="115"/>
        <source>&amp;New case for:</source>
        <translation>&amp;Nuevo caso para:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/add_to_case.py" line="116"/>
        <source>Applicant&apos;s name</source>
        <translation>Nombre del solicitante</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/add_to_case.py" line="117"/>
        <source>Name of the applicant of the new case</source>
        <translation>Nombre del solicitante del nuevo caso</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/add_to_case.py" line="118"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/add_to_case.py" line="120"/>
        <source>&amp;Applicant-specific document (lettered tab: A, B, C…)</source>
        <translation>Documento sobre el &amp;solicitante (pestaña con letra: A, B, C…)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/add_to_case.py" line="122"/>
        <source>Country-conditions evidence gets numbered tabs; documents about the applicant get letters</source>
        <translation>Las pruebas sobre las condiciones del país llevan pestañas numeradas; los documentos sobre el solicitante, letras</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/add_to_case.py" line="126"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/add_to_case.py" line="152"/>
        <source>This source is already Tab %1 of the case; adding it again makes another exhibit.</source>
        <translation>Esta fuente ya es la pestaña %1 del caso; si la añade otra vez, se crea otra prueba documental.</translation>
    </message>
</context>
<context>
    <name>AgreementEditDialog</name>
    <message>
        <location filename="../../evidence_app/ui/agreements/record_editor.py" line="36"/>
        <source>Edit the agreement record</source>
        <translation>Editar el registro del acuerdo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/record_editor.py" line="38"/>
        <source>Each fact names one of the sources listed under &quot;sources&quot;. Write &quot;unknown&quot;: true where the sources say nothing. Dates: YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>Cada dato nombra una de las fuentes listadas en &quot;sources&quot;. Escriba &quot;unknown&quot;: true donde las fuentes no dicen nada. Fechas: AAAA-MM-DD, AAAA-MM o AAAA.</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="43"/>
        <source>YYYY-MM-DD, YYYY-MM, YYYY or unknown</source>
        <translation>AAAA-MM-DD, AAAA-MM, AAAA o unknown</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="51"/>
        <source>Write the date as YYYY-MM-DD, YYYY-MM or YYYY (for example 2025-03-10), or unknown.</source>
        <translation>Escriba la fecha como AAAA-MM-DD, AAAA-MM o AAAA (por ejemplo 2025-03-10), o unknown (desconocida).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="54"/>
        <source>The status needs the date it describes (as of).</source>
        <translation>El estado necesita la fecha a la que se refiere («a fecha de»).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="56"/>
        <source>Write the fact in plain words, as the source states it, or tick &quot;Unknown&quot;.</source>
        <translation>Escriba el dato con palabras sencillas, como lo dice la fuente, o marque «Desconocido».</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="59"/>
        <source>Choose the source of this fact.</source>
        <translation>Elija la fuente de este dato.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="61"/>
        <source>A source needs a title.</source>
        <translation>Una fuente necesita un título.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="63"/>
        <source>This cannot be empty.</source>
        <translation>Este campo no puede quedar vacío.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="65"/>
        <source>An address starts with https:// (or leave it empty).</source>
        <translation>Una dirección empieza por https:// (o déjela vacía).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="67"/>
        <source>Too long: at most 2000 characters.</source>
        <translation>Demasiado largo: 2000 caracteres como máximo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="69"/>
        <source>Use two-letter country codes.</source>
        <translation>Use códigos de país de dos letras.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="80"/>
        <source>Filter countries…</source>
        <translation>Filtrar países…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/form.py" line="54"/>
        <source>Edit: {name}</source>
        <translation>Editar: {name}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/form.py" line="59"/>
        <source>Write each fact as the source states it and choose its source. Tick &quot;Unknown&quot; where the sources say nothing. Your version replaces the shipped one until you restore it.</source>
        <translation>Escriba cada dato como lo dice la fuente y elija su fuente. Marque «Desconocido» donde las fuentes no dicen nada. Su versión sustituye a la que trae la aplicación hasta que la restaure.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/form.py" line="65"/>
        <source>Sources of this record</source>
        <translation>Fuentes de este registro</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/form.py" line="68"/>
        <source>&amp;New source…</source>
        <translation>&amp;Nueva fuente…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/form.py" line="69"/>
        <source>Edit s&amp;ource…</source>
        <translation>Editar f&amp;uente…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/form.py" line="100"/>
        <source>&amp;Add a note</source>
        <translation>&amp;Añadir una nota</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/form.py" line="111"/>
        <source>Advanced: edit as &amp;JSON…</source>
        <translation>Avanzado: editar como &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/form.py" line="119"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/form.py" line="221"/>
        <source>Not saved: check {field}.</source>
        <translation>No se guardó: revise {field}.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/form.py" line="222"/>
        <source>the field marked in red</source>
        <translation>el campo marcado en rojo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/form.py" line="224"/>
        <source>Not saved: {problem}</source>
        <translation>No se guardó: {problem}</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <location filename="../../evidence_app/ui/agreements/page.py" line="81"/>
        <source>Facts of the agreement</source>
        <translation>Datos del acuerdo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/page.py" line="82"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/page.py" line="83"/>
        <source>&amp;Restore shipped version</source>
        <translation>&amp;Restaurar la versión incluida</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/page.py" line="84"/>
        <source>&amp;Mark a source as about it…</source>
        <translation>&amp;Marcar una fuente sobre el acuerdo…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/page.py" line="86"/>
        <source>A library source that is the agreement&apos;s text or a report about it: as an exhibit of a case it counts for the agreement&apos;s cap and nationality terms.</source>
        <translation>Una fuente de la biblioteca que es el texto del acuerdo o un informe sobre él: como prueba de un caso cuenta para los términos de límite y de nacionalidad del acuerdo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/page.py" line="113"/>
        <source>Status: {status}, as of {date}. Record: {origin}.</source>
        <translation>Estado: {status}, a fecha de {date}. Registro: {origin}.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/page.py" line="129"/>
        <source>Saved. The record is marked as edited by you.</source>
        <translation>Guardado. El registro queda marcado como editado por usted.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/page.py" line="140"/>
        <source>The library has no sources yet.</source>
        <translation>La biblioteca aún no tiene fuentes.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/page.py" line="144"/>
        <source>Mark a source as about the agreement</source>
        <translation>Marcar una fuente sobre el acuerdo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/page.py" line="145"/>
        <source>The agreement&apos;s text, or a report about it:</source>
        <translation>El texto del acuerdo, o un informe sobre él:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/page.py" line="156"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>AgreementReport</name>
    <message>
        <location filename="../../evidence_app/ui/agreements/bundle.py" line="34"/>
        <source>Use the bundle&apos;s newer agreement records</source>
        <translation>Usar los registros de acuerdos más recientes del paquete</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/bundle.py" line="36"/>
        <source>Replace the agreement records you edited with the bundle&apos;s newer ones</source>
        <translation>Reemplazar los registros de acuerdos que usted editó por los más recientes del paquete</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/bundle.py" line="44"/>
        <location filename="../../evidence_app/ui/agreements/bundle.py" line="59"/>
        <source>Agreement records</source>
        <translation>Registros de acuerdos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/bundle.py" line="47"/>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/bundle.py" line="47"/>
        <source>updated (newer as-of date)</source>
        <translation>actualizado (fecha de vigencia más reciente)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/bundle.py" line="48"/>
        <source>yours kept: you edited it; the bundle&apos;s is newer</source>
        <translation>se conservó el suyo: usted lo editó; el del paquete es más reciente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/bundle.py" line="49"/>
        <source>kept: the bundle&apos;s is not newer</source>
        <translation>conservado: el del paquete no es más reciente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/bundle.py" line="50"/>
        <source>left out: unknown country</source>
        <translation>omitido: país desconocido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/agreements/bundle.py" line="60"/>
        <source>Replace %n agreement records you edited with the bundle&apos;s newer ones?</source>
        <translation>
            <numerusform>¿Reemplazar %n registro de acuerdo que usted editó por el más reciente del paquete?</numerusform>
            <numerusform>¿Reemplazar %n registros de acuerdos que usted editó por los más recientes del paquete?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="18"/>
        <source>These records summarise what public sources say about each agreement, each fact with its source and date. They are not legal advice: check the sources before relying on them, and tell the court where a fact comes from.</source>
        <translation>Estos registros resumen lo que dicen fuentes públicas sobre cada acuerdo, cada dato con su fuente y fecha. No son asesoría legal: verifique las fuentes antes de basarse en ellas e indique al tribunal de dónde viene cada dato.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="27"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="28"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="29"/>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="30"/>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="31"/>
        <source>Federal Register</source>
        <translation>Federal Register (Registro Federal)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="32"/>
        <source>Who may be transferred</source>
        <translation>Quién puede ser trasladado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="33"/>
        <source>Nationalities excluded</source>
        <translation>Nacionalidades excluidas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="34"/>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="76"/>
        <source>Unaccompanied children</source>
        <translation>Niños no acompañados</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="35"/>
        <source>People with criminal records</source>
        <translation>Personas con antecedentes penales</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="36"/>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="78"/>
        <source>Date of entry</source>
        <translation>Fecha de entrada</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="37"/>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="79"/>
        <source>Numerical cap</source>
        <translation>Límite numérico</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="38"/>
        <source>Receiving country&apos;s discretion</source>
        <translation>Discrecionalidad del país receptor</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="39"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="46"/>
        <source>in force</source>
        <translation>en vigor</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="47"/>
        <source>signed</source>
        <translation>firmado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="48"/>
        <source>not implemented</source>
        <translation>no implementado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="49"/>
        <source>not invoked by DHS</source>
        <translation>no invocado por el DHS</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="50"/>
        <source>suspended</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="51"/>
        <location filename="../../evidence_app/ui/agreements/page.py" line="47"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="58"/>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="62"/>
        <source>Edited by you</source>
        <translation>Editado por usted</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="60"/>
        <source>As shipped with the app</source>
        <translation>Tal como se incluye con la aplicación</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="61"/>
        <source>From a library bundle</source>
        <translation>De un paquete de biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="68"/>
        <source>No agreement record</source>
        <translation>Sin registro de acuerdo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="69"/>
        <source>Status of the agreement</source>
        <translation>Estado del acuerdo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="70"/>
        <source>National of the country itself</source>
        <translation>Nacional del propio país</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="71"/>
        <source>Nationality excluded</source>
        <translation>Nacionalidad excluida</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="72"/>
        <source>Nationality not covered</source>
        <translation>Nacionalidad no cubierta</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="73"/>
        <source>Nationality covered</source>
        <translation>Nacionalidad cubierta</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="74"/>
        <source>Stated preference for nationalities</source>
        <translation>Preferencia declarada por nacionalidades</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="75"/>
        <source>Who is covered is unclear</source>
        <translation>No está claro a quién cubre</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="77"/>
        <source>Criminal records</source>
        <translation>Antecedentes penales</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="80"/>
        <source>Receiving country may refuse</source>
        <translation>El país receptor puede rechazar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="87"/>
        <source>May put the respondent outside the agreement</source>
        <translation>Puede dejar al demandado fuera del acuerdo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="88"/>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="89"/>
        <source>Term recorded</source>
        <translation>Término registrado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="104"/>
        <source>Source: none in the record</source>
        <translation>Fuente: ninguna en el registro</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/form.py" line="141"/>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="105"/>
        <source>official text</source>
        <translation>texto oficial</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/form.py" line="142"/>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="106"/>
        <source>report about it</source>
        <translation>informe sobre el acuerdo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="107"/>
        <source>date unknown</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/labels.py" line="113"/>
        <source>Source ({kind}):</source>
        <translation>Fuente ({kind}):</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/page.py" line="55"/>
        <source>Sources you marked as about this agreement:</source>
        <translation>Fuentes que usted marcó como sobre este acuerdo:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../evidence_app/app.py" line="105"/>
        <source>Cannot open the library</source>
        <translation>No se puede abrir la biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/app.py" line="108"/>
        <source>Open another library…</source>
        <translation>Abrir otra biblioteca…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/app.py" line="113"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/app.py" line="115"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../evidence_app/app.py" line="123"/>
        <source>Open a library folder</source>
        <translation>Abrir la carpeta de una biblioteca</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="43"/>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="53"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="45"/>
        <source>The library database is backed up every day it is opened and before every upgrade; the newest seven of each kind are kept in the library&apos;s backups folder. Restoring puts a backup back and keeps the current state as a new backup, so a restore can be undone.</source>
        <translation>Se hace una copia de seguridad de la base de datos de la biblioteca cada día que se abre y antes de cada actualización; se guardan las siete más recientes de cada tipo en la carpeta de copias de la biblioteca. Restaurar vuelve a poner una copia y guarda antes el estado actual como copia nueva, así que una restauración se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="52"/>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="52"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="52"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="60"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="61"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="78"/>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="79"/>
        <source>Made by you</source>
        <translation>Hecha por usted</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="80"/>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="82"/>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="112"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="119"/>
        <source>Backed up.</source>
        <translation>Copia hecha.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="127"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="128"/>
        <source>Put the library back as it was on {date}? Sources, tags, excerpts and cases changed since then go back too; the current state is kept as a backup first.</source>
        <translation>¿Devolver la biblioteca al estado del {date}? Las fuentes, etiquetas, extractos y casos cambiados desde entonces también vuelven atrás; antes se guarda el estado actual como copia.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="134"/>
        <source>Restoring and rebuilding the search index…</source>
        <translation>Restaurando y reconstruyendo el índice de búsqueda…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="144"/>
        <source>Restored: the library has {count} sources.</source>
        <translation>Restaurada: la biblioteca tiene {count} fuentes.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/backup_dialog.py" line="147"/>
        <source>{count} of them have no original file here; run a library check.</source>
        <translation>{count} de ellas no tienen aquí su archivo original; compruebe la biblioteca.</translation>
    </message>
</context>
<context>
    <name>BulkTags</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/bulk_tags.py" line="34"/>
        <source>Accept suggested tags</source>
        <translation>Aceptar las etiquetas sugeridas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/bulk_tags.py" line="35"/>
        <source>Clear automatic tags</source>
        <translation>Quitar las etiquetas automáticas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/bulk_tags.py" line="40"/>
        <source>Add the countries and risk types suggested from each selected source&apos;s text as your own tags</source>
        <translation>Añadir como etiquetas suyas los países y tipos de riesgo sugeridos por el texto de cada fuente seleccionada</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/bulk_tags.py" line="42"/>
        <source>Remove the tags the app applied at import (marked “auto”) from the selected sources</source>
        <translation>Quitar de las fuentes seleccionadas las etiquetas que la aplicación puso al importar (marcadas «auto»)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/bulk_tags.py" line="65"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/bulk_tags.py" line="89"/>
        <source>Accepted %1 suggested tags on %2 sources.</source>
        <translation>Aceptadas %1 etiquetas sugeridas en %2 fuentes.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/bulk_tags.py" line="92"/>
        <source>Cleared %1 automatic tags from %2 sources.</source>
        <translation>Quitadas %1 etiquetas automáticas de %2 fuentes.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/bulk_tags.py" line="96"/>
        <source>Edit ▸ Undo puts them back.</source>
        <translation>Editar ▸ Deshacer las devuelve.</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="93"/>
        <source>Export a library bundle</source>
        <translation>Exportar un lote de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="95"/>
        <source>A bundle is one file with sources, their original files, tags and excerpts, to share with another library without a network. Cases never go into a bundle. Tick countries or risk types to export only sources tagged with them.</source>
        <translation>Un lote es un solo archivo con fuentes, sus archivos originales, etiquetas y extractos, para compartir con otra biblioteca sin red. Los casos nunca van en un lote. Marque países o tipos de riesgo para exportar solo las fuentes etiquetadas con ellos.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="99"/>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="108"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="104"/>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="109"/>
        <source>Risk types</source>
        <translation>Tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="115"/>
        <source>Bundle file</source>
        <translation>Archivo del lote</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="117"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="120"/>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="129"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="151"/>
        <source>Save the bundle as</source>
        <translation>Guardar el lote como</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="152"/>
        <source>Library bundles (*{suffix})</source>
        <translation>Lotes de biblioteca (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="165"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="182"/>
        <source>Exported {sources} sources ({pages} pages, {excerpts} excerpts) to {path}.</source>
        <translation>Se exportaron {sources} fuentes ({pages} páginas, {excerpts} extractos) a {path}.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="186"/>
        <source>{count} sources were left out because their original file is missing or changed; run a library check.</source>
        <translation>Se dejaron fuera {count} fuentes porque falta su archivo original o ha cambiado; compruebe la biblioteca.</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="216"/>
        <source>Import a library bundle</source>
        <translation>Importar un lote de biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="217"/>
        <source>Checking and importing {name}…</source>
        <translation>Comprobando e importando {name}…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="224"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="224"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="225"/>
        <source>Bundle import report</source>
        <translation>Informe de la importación del lote</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="257"/>
        <source>Added {added} sources; {merged} were already in your library. {tags} tags and {excerpts} excerpts added.</source>
        <translation>Se añadieron {added} fuentes; {merged} ya estaban en su biblioteca. Se añadieron {tags} etiquetas y {excerpts} extractos.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="263"/>
        <source>Details that differ (yours were kept)</source>
        <translation>Datos que difieren (se conservaron los suyos)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="266"/>
        <source>yours: “{local}”; bundle: “{bundle}”</source>
        <translation>suyo: «{local}»; lote: «{bundle}»</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="270"/>
        <source>Page text read from the original files</source>
        <translation>Texto de las páginas leído de los archivos originales</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="275"/>
        <source>Left out</source>
        <translation>Dejado fuera</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="279"/>
        <source>Risk types added</source>
        <translation>Tipos de riesgo añadidos</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="45"/>
        <source>This file is not an Evidence Library bundle.</source>
        <translation>Este archivo no es un lote de Evidence Library.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="46"/>
        <source>The bundle is damaged (it may not have been copied completely). Ask for it again.</source>
        <translation>El lote está dañado (quizá no se copió entero). Pídalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="48"/>
        <source>The bundle tries to write outside the library, so it was refused.</source>
        <translation>El lote intenta escribir fuera de la biblioteca, así que se rechazó.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="50"/>
        <source>The bundle contains links to other files, so it was refused.</source>
        <translation>El lote contiene enlaces a otros archivos, así que se rechazó.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="52"/>
        <source>A file in the bundle has been changed since the bundle was made, so it was refused.</source>
        <translation>Un archivo del lote cambió después de hacerse el lote, así que se rechazó.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="54"/>
        <source>The bundle was made by a newer version of Evidence Library. Update the app to import it.</source>
        <translation>El lote lo hizo una versión más nueva de Evidence Library. Actualice la aplicación para importarlo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="56"/>
        <source>The bundle is too large, or unpacks to far more than its size, so it was refused.</source>
        <translation>El lote es demasiado grande, o al descomprimirse ocupa muchísimo más que su tamaño, así que se rechazó.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="59"/>
        <source>The bundle is not valid, so it was refused.</source>
        <translation>El lote no es válido, así que se rechazó.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="61"/>
        <source>Nothing in your library was changed.</source>
        <translation>No se cambió nada en su biblioteca.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="301"/>
        <source>Import a library bundle</source>
        <translation>Importar un lote de biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/bundle_dialog.py" line="302"/>
        <source>Library bundles (*{suffix});;All files (*)</source>
        <translation>Lotes de biblioteca (*{suffix});;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../evidence_app/ui/cases/case_actions.py" line="81"/>
        <source>Add to &amp;case…</source>
        <translation>Añadir a un &amp;caso…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_actions.py" line="82"/>
        <source>Add the selected source, result or excerpts to a case</source>
        <translation>Añadir a un caso la fuente, el resultado o los extractos seleccionados</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_actions.py" line="83"/>
        <source>&amp;Cases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_actions.py" line="84"/>
        <source>Show the cases: exhibits, coverage and packet export</source>
        <translation>Mostrar los casos: pruebas documentales, cobertura y exportación del paquete</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_actions.py" line="106"/>
        <source>Select a source, a search result or excerpts to add to a case.</source>
        <translation>Seleccione una fuente, un resultado de búsqueda o extractos para añadirlos a un caso.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_actions.py" line="116"/>
        <source>Add %1 of “%2” to a case.</source>
        <translation>Añadir %1 de «%2» a un caso.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_actions.py" line="118"/>
        <source>Add the whole source “%2” to a case. You can choose its pages afterwards in the Exhibits list.</source>
        <translation>Añadir la fuente completa «%2» a un caso. Después puede elegir sus páginas en la lista de pruebas documentales.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/case_actions.py" line="127"/>
        <source>Add %n excerpts to a case. Excerpts of a source already in the case join its exhibit.</source>
        <translation>
            <numerusform>Añadir %n extracto a un caso. Los extractos de una fuente que ya está en el caso se suman a su prueba documental.</numerusform>
            <numerusform>Añadir %n extractos a un caso. Los extractos de una fuente que ya está en el caso se suman a su prueba documental.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_actions.py" line="148"/>
        <source>Added to the case as Tab %1.</source>
        <translation>Añadido al caso como pestaña %1.</translation>
    </message>
</context>
<context>
    <name>CaseErrors</name>
    <message>
        <location filename="../../evidence_app/ui/cases/case_errors.py" line="18"/>
        <source>An A-number has 8 or 9 digits, for example A 012-345-678.</source>
        <translation>Un número A tiene 8 o 9 dígitos, por ejemplo A 012-345-678.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_errors.py" line="24"/>
        <source>Write the date as YYYY-MM-DD, for example 2026-03-15.</source>
        <translation>Escriba la fecha como AAAA-MM-DD, por ejemplo 2026-03-15.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_errors.py" line="28"/>
        <source>Enter an e-mail address such as name@example.org.</source>
        <translation>Escriba una dirección de correo como nombre@ejemplo.org.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_errors.py" line="32"/>
        <source>Write page numbers and ranges separated by commas, for example 3-5, 9. Pages count from 1 to the last page of the source.</source>
        <translation>Escriba números y rangos de páginas separados por comas, por ejemplo 3-5, 9. Las páginas se cuentan desde 1 hasta la última página de la fuente.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_errors.py" line="51"/>
        <source>The case has no exhibits yet. Add sources or excerpts first.</source>
        <translation>El caso aún no tiene pruebas documentales. Añada primero fuentes o extractos.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_errors.py" line="55"/>
        <source>Select at least one excerpt.</source>
        <translation>Seleccione al menos un extracto.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_errors.py" line="57"/>
        <source>Save the summary as a .pdf or a .csv file.</source>
        <translation>Guarde el resumen como archivo .pdf o .csv.</translation>
    </message>
</context>
<context>
    <name>CaseExports</name>
    <message>
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="42"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="52"/>
        <source>Export evidence summary</source>
        <translation>Exportar resumen de pruebas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="54"/>
        <source>PDF table (*.pdf);;CSV for spreadsheets and word processors (*.csv)</source>
        <translation>Tabla PDF (*.pdf);;CSV para hojas de cálculo y procesadores de texto (*.csv)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="76"/>
        <source>Packet pages are those of the last packet you built.</source>
        <translation>Las páginas del paquete son las del último paquete que generó.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="77"/>
        <source>Packet pages come from a fresh layout; export the packet to be sure they match the file you file.</source>
        <translation>Las páginas del paquete salen de una maquetación nueva; exporte el paquete para asegurarse de que coinciden con el archivo que presente.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="79"/>
        <source>Packet pages are blank: export the packet to fill them in.</source>
        <translation>Las páginas del paquete están en blanco: exporte el paquete para rellenarlas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="65"/>
        <source>Evidence summary saved to %1 (%n excerpts). %2</source>
        <translation>
            <numerusform>Resumen de pruebas guardado en %1 (%n extracto). %2</numerusform>
            <numerusform>Resumen de pruebas guardado en %1 (%n extractos). %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="88"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="90"/>
        <source>Export index by legal element</source>
        <translation>Exportar el índice por elemento jurídico</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="92"/>
        <source>Word document, to paste into a brief (*.docx)</source>
        <translation>Documento de Word, para pegarlo en un escrito (*.docx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="103"/>
        <source>Index by legal element saved to %1 (%n lines). %2</source>
        <translation>
            <numerusform>Índice por elemento jurídico guardado en %1 (%n línea). %2</numerusform>
            <numerusform>Índice por elemento jurídico guardado en %1 (%n líneas). %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="116"/>
        <source>CSL-JSON for Zotero and other reference managers (*.json)</source>
        <translation>CSL-JSON para Zotero y otros gestores de referencias (*.json)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="118"/>
        <source>Export citations</source>
        <translation>Exportar citas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="120"/>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="138"/>
        <source>%n citations saved to %1.</source>
        <translation>
            <numerusform>%n cita guardada en %1.</numerusform>
            <numerusform>%n citas guardadas en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="144"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="145"/>
        <source>&amp;A-number:</source>
        <translation>Número &amp;A:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="146"/>
        <source>&amp;Court:</source>
        <translation>&amp;Tribunal:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="147"/>
        <source>&amp;Judge:</source>
        <translation>&amp;Juez:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="148"/>
        <source>Hearing &amp;date:</source>
        <translation>&amp;Fecha de la audiencia:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="149"/>
        <source>Hearing &amp;type:</source>
        <translation>Tipo de a&amp;udiencia:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="150"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="151"/>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="156"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="152"/>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="157"/>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="153"/>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="154"/>
        <source>EOIR ID:</source>
        <translation>ID de EOIR:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="155"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="158"/>
        <source>Served on:</source>
        <translation>Notificado a:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="159"/>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="160"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="161"/>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="162"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="171"/>
        <source>Applicant (respondent)</source>
        <translation>Solicitante (demandado)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="172"/>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="173"/>
        <source>Filed by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="174"/>
        <source>ACA countries at issue</source>
        <translation>Países ACA en cuestión</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="175"/>
        <source>Translator (for the translation certificate)</source>
        <translation>Traductor (para el certificado de traducción)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="176"/>
        <source>Certificate of service</source>
        <translation>Certificado de notificación</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="177"/>
        <source>Packet</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="180"/>
        <source>Pro se (the applicant)</source>
        <translation>Pro se (el solicitante)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="181"/>
        <source>The applicant files without a representative</source>
        <translation>El solicitante presenta sin representante</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="182"/>
        <source>Attorney or accredited representative</source>
        <translation>Abogado o representante acreditado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="184"/>
        <source>An attorney or accredited representative files; give the EOIR ID</source>
        <translation>Presenta un abogado o representante acreditado; indique el ID de EOIR</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="187"/>
        <source>The countries the applicant may be sent to. The coverage grid checks the evidence for each of them.</source>
        <translation>Los países a los que se puede enviar al solicitante. La tabla de cobertura revisa las pruebas para cada uno.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_fields.py" line="189"/>
        <source>Printed in English on the cover page and certificates</source>
        <translation>Se imprime en inglés en la portada y los certificados</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../evidence_app/ui/cases/case_form.py" line="103"/>
        <source>&amp;Revert</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_form.py" line="104"/>
        <source>Undo the changes made since the last save</source>
        <translation>Deshacer los cambios hechos desde la última vez que guardó</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_form.py" line="105"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_form.py" line="106"/>
        <source>Save the case details (%1)</source>
        <translation>Guardar los datos del caso (%1)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_form.py" line="241"/>
        <source>Correct the marked fields to save the case.</source>
        <translation>Corrija los campos marcados para guardar el caso.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_form.py" line="243"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../../evidence_app/ui/cases/case_tabs.py" line="33"/>
        <source>&amp;Details</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_tabs.py" line="34"/>
        <source>E&amp;xhibits (%1)</source>
        <translation>&amp;Pruebas documentales (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/case_tabs.py" line="35"/>
        <source>C&amp;overage (%n gaps)</source>
        <translation>
            <numerusform>C&amp;obertura (%n vacío)</numerusform>
            <numerusform>C&amp;obertura (%n vacíos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_tabs.py" line="36"/>
        <source>C&amp;overage</source>
        <translation>C&amp;obertura</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_tabs.py" line="37"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/case_tabs.py" line="39"/>
        <source>Sc&amp;reen (%n to check)</source>
        <translation>
            <numerusform>Ev&amp;aluación (%n por revisar)</numerusform>
            <numerusform>Ev&amp;aluación (%n por revisar)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/case_tabs.py" line="40"/>
        <source>Sc&amp;reen</source>
        <translation>Ev&amp;aluación</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../evidence_app/ui/cases/cases_model.py" line="50"/>
        <source>not set</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/cases_model.py" line="51"/>
        <source>Hearing: %1 · %2</source>
        <translation>Audiencia: %1 · %2</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <location filename="../../evidence_app/ui/cases/cases_model.py" line="24"/>
        <source>New case (no name yet)</source>
        <translation>Caso nuevo (aún sin nombre)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/cases_view.py" line="93"/>
        <source>&amp;Cases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/cases_view.py" line="94"/>
        <location filename="../../evidence_app/ui/cases/cases_view.py" line="314"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/cases_view.py" line="96"/>
        <source>&amp;New case</source>
        <translation>Caso &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/cases_view.py" line="96"/>
        <source>Start a new case</source>
        <translation>Empezar un caso nuevo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/cases_view.py" line="97"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/cases_view.py" line="98"/>
        <source>Delete the case and its list of exhibits (sources and excerpts stay)</source>
        <translation>Eliminar el caso y su lista de pruebas documentales (las fuentes y los extractos se conservan)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/cases_view.py" line="99"/>
        <source>&amp;Export packet…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/cases_view.py" line="100"/>
        <source>Write the court packet as PDF: cover, index, tabs, exhibits</source>
        <translation>Generar el paquete para el tribunal en PDF: portada, índice, pestañas y pruebas documentales</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/cases_view.py" line="101"/>
        <source>Export evidence &amp;summary (PDF/CSV)…</source>
        <translation>Exportar &amp;resumen de pruebas (PDF/CSV)…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/cases_view.py" line="102"/>
        <source>A table of every excerpt by country and risk type, with citations</source>
        <translation>Una tabla de todos los extractos por país y tipo de riesgo, con sus citas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/cases_view.py" line="103"/>
        <source>Export &amp;citations (CSL-JSON / text)…</source>
        <translation>Exportar &amp;citas (CSL-JSON / texto)…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/cases_view.py" line="104"/>
        <source>The citation of every exhibit, for Zotero or a word processor</source>
        <translation>La cita de cada prueba documental, para Zotero o un procesador de texto</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/cases_view.py" line="109"/>
        <source>A case gathers the exhibits for one person&apos;s hearing and turns them into a court packet.

Press “New case” to start one, or right-click a source, a search result or excerpts and choose “Add to case…”.</source>
        <translation>Un caso reúne las pruebas documentales para la audiencia de una persona y las convierte en un paquete para el tribunal.

Pulse «Caso nuevo» para empezar uno, o haga clic derecho en una fuente, un resultado de búsqueda o extractos y elija «Añadir a un caso…».</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/cases_view.py" line="340"/>
        <source>Delete case</source>
        <translation>Eliminar caso</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/cases_view.py" line="341"/>
        <source>Delete the case “%1” and its list of %n exhibits? The sources and excerpts stay in the library.</source>
        <translation>
            <numerusform>¿Eliminar el caso «%1» y su lista de %n prueba documental? Las fuentes y los extractos se conservan en la biblioteca.</numerusform>
            <numerusform>¿Eliminar el caso «%1» y su lista de %n pruebas documentales? Las fuentes y los extractos se conservan en la biblioteca.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="38"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="46"/>
        <source>“%1”
— %2</source>
        <translation>«%1»
— %2</translation>
    </message>
</context>
<context>
    <name>CitationChecksLabel</name>
    <message>
        <location filename="../../evidence_app/ui/cases/export/citation_checks.py" line="54"/>
        <source>Tab %1: %2</source>
        <translation>Pestaña %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/export/citation_checks.py" line="59"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/citation_checks.py" line="61"/>
        <source>Citations to check before filing (open the source&apos;s details to correct them):</source>
        <translation>Citas que revisar antes de presentar (abra los detalles de la fuente para corregirlas):</translation>
    </message>
</context>
<context>
    <name>CountriesModel</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="70"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="70"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="70"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="70"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="71"/>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="71"/>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="71"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>CountriesTab</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="116"/>
        <source>Find a country…</source>
        <translation>Buscar un país…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="118"/>
        <source>Only countries with an agreement</source>
        <translation>Solo países con acuerdo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="129"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="142"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="145"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="151"/>
        <source>Save &amp;country</source>
        <translation>Guardar &amp;país</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="154"/>
        <source>Agreements of this country</source>
        <translation>Acuerdos de este país</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="155"/>
        <source>Agreement &amp;page…</source>
        <translation>&amp;Página del acuerdo…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="157"/>
        <source>The agreement&apos;s terms, each with its source and date; edit or restore them</source>
        <translation>Los términos del acuerdo, cada uno con su fuente y fecha; editarlos o restaurarlos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="161"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Acuerdo:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="163"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="163"/>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="164"/>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="167"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="168"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="172"/>
        <source>Agreement records:</source>
        <translation>Registros de acuerdos:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="223"/>
        <source>No agreement record</source>
        <translation>Sin registro de acuerdo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="252"/>
        <source>Write dates as YYYY, YYYY-MM or YYYY-MM-DD, for example 2019-07-26.</source>
        <translation>Escriba las fechas como AAAA, AAAA-MM o AAAA-MM-DD, por ejemplo 2019-07-26.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/countries_tab.py" line="271"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>CoverCheck</name>
    <message>
        <location filename="../../evidence_app/ui/cases/export/cover_check.py" line="17"/>
        <source>the applicant&apos;s name</source>
        <translation>el nombre del solicitante</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/cover_check.py" line="18"/>
        <source>the A-number</source>
        <translation>el número A</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/cover_check.py" line="19"/>
        <source>the court</source>
        <translation>el tribunal</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/cover_check.py" line="28"/>
        <source>Cover page incomplete</source>
        <translation>Portada incompleta</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/cover_check.py" line="29"/>
        <source>The cover page will be printed without %1.</source>
        <translation>La portada se imprimirá sin %1.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/cover_check.py" line="31"/>
        <source>Fill them in on the case&apos;s Details tab, or export anyway.</source>
        <translation>Complételos en la pestaña Datos del caso o exporte de todos modos.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/cover_check.py" line="33"/>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="83"/>
        <source>No legal element (untagged)</source>
        <translation>Sin elemento jurídico (sin etiquetar)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="123"/>
        <source>%1 + %n agreement terms</source>
        <translation>
            <numerusform>%1 + %n término del acuerdo</numerusform>
            <numerusform>%1 + %n términos del acuerdo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="125"/>
        <source>Gap</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="142"/>
        <source>No excerpt supports “%1” for %2 yet. Click to search the library.</source>
        <translation>Ningún extracto respalda «%1» para %2 todavía. Haga clic para buscar en la biblioteca.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="144"/>
        <source>%n excerpts support “%1” for %2.</source>
        <translation>
            <numerusform>%n extracto respalda «%1» para %2.</numerusform>
            <numerusform>%n extractos respaldan «%1» para %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="148"/>
        <source>The agreement&apos;s own terms count too (%n): its text or a source about it is an exhibit.</source>
        <translation>
            <numerusform>También cuenta el término propio del acuerdo (%n): su texto o una fuente sobre él es una prueba.</numerusform>
            <numerusform>También cuentan los términos propios del acuerdo (%n): su texto o una fuente sobre él es una prueba.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="221"/>
        <source>Excerpts in this case&apos;s exhibits</source>
        <translation>Extractos en las pruebas de este caso</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="222"/>
        <source>All excerpts in the library</source>
        <translation>Todos los extractos de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="225"/>
        <source>&amp;Count:</source>
        <translation>&amp;Contar:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="226"/>
        <source>Which excerpts to count</source>
        <translation>Qué extractos contar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="227"/>
        <source>Coverage by country and legal element</source>
        <translation>Cobertura por país y elemento jurídico</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="229"/>
        <source>Each cell counts the excerpts tagged with that country and with a risk type of that legal element. To fill a gap, click it to search the library, clip passages about it and tag them, or switch to “All excerpts in the library” to see what the library already holds.</source>
        <translation>Cada celda cuenta los extractos etiquetados con ese país y con un tipo de riesgo de ese elemento jurídico. Para llenar un vacío, haga clic en él para buscar en la biblioteca, recorte pasajes sobre el tema y etiquételos, o cambie a «Todos los extractos de la biblioteca» para ver lo que la biblioteca ya contiene.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="234"/>
        <source>Choose the ACA countries at issue in the case details to see which legal elements the evidence covers for each of them.</source>
        <translation>Elija los países ACA en cuestión en los datos del caso para ver qué elementos jurídicos cubren las pruebas para cada uno.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="288"/>
        <source>%1 of %2 cells are gaps: no excerpt yet supports that element for that country.</source>
        <translation>%1 de %2 celdas son vacíos: ningún extracto respalda aún ese elemento para ese país.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="291"/>
        <source>Every legal element has evidence for every country.</source>
        <translation>Todos los elementos jurídicos tienen pruebas para todos los países.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../evidence_app/ui/widgets/form_widgets.py" line="70"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/form_widgets.py" line="71"/>
        <source>Pick a date from a calendar</source>
        <translation>Elegir una fecha en un calendario</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/form_widgets.py" line="72"/>
        <source>Pick a date</source>
        <translation>Elegir una fecha</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="20"/>
        <source>The PDF is password-protected. Import it again and give its password.</source>
        <translation>El PDF está protegido con contraseña. Impórtelo de nuevo e indique la contraseña.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="23"/>
        <source>It has no text (a scanned image?); it needs OCR to be searched.</source>
        <translation>No tiene texto (¿es una imagen escaneada?); necesita OCR para poder buscar en él.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="26"/>
        <source>The file is damaged and could not be read.</source>
        <translation>El archivo está dañado y no se pudo leer.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="27"/>
        <source>This kind of file is not supported. Import PDF files, saved web pages (HTML), plain text or Word (DOCX) documents.</source>
        <translation>Este tipo de archivo no es compatible. Importe archivos PDF, páginas web guardadas (HTML), texto sin formato o documentos de Word (DOCX).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="32"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="33"/>
        <source>The document is empty: it has no text and no images.</source>
        <translation>El documento está vacío: no tiene texto ni imágenes.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="35"/>
        <source>The file is too large to import.</source>
        <translation>El archivo es demasiado grande para importarlo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="36"/>
        <source>Reading the file took too long and was stopped. It may be damaged or unusually complex.</source>
        <translation>La lectura del archivo tardó demasiado y se detuvo. Puede estar dañado o ser inusualmente complejo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="41"/>
        <source>The disk is full. Free some space and import the rest again.</source>
        <translation>El disco está lleno. Libere espacio e importe de nuevo el resto.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="44"/>
        <source>Reading the file needs too much memory and was stopped. It may be damaged or unusually complex.</source>
        <translation>Leer el archivo necesita demasiada memoria y se detuvo. Puede estar dañado o ser inusualmente complejo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="49"/>
        <source>The file could not be imported.</source>
        <translation>No se pudo importar el archivo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="56"/>
        <location filename="../../evidence_app/ui/errors.py" line="109"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="64"/>
        <source>Dates must be written as YYYY, YYYY-MM or YYYY-MM-DD (for example 2024-03-15).</source>
        <translation>Las fechas se escriben como AAAA, AAAA-MM o AAAA-MM-DD (por ejemplo 2024-03-15).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="69"/>
        <source>Choose one of the listed kinds of source.</source>
        <translation>Elija uno de los tipos de fuente de la lista.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="71"/>
        <source>“{value}” is not a known country code.</source>
        <translation>«{value}» no es un código de país conocido.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="73"/>
        <source>“{value}” is not a risk type in this library.</source>
        <translation>«{value}» no es un tipo de riesgo de esta biblioteca.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="77"/>
        <source>The short name “{value}” cannot be used: use lower-case letters, digits, - and _, and a name no other risk type has.</source>
        <translation>No se puede usar el nombre corto «{value}»: use minúsculas, dígitos, - y _, y un nombre que no tenga otro tipo de riesgo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="83"/>
        <source>The English label must not be empty.</source>
        <translation>La etiqueta en inglés no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="85"/>
        <source>The selected text is outside the page. Select the text again.</source>
        <translation>El texto seleccionado está fuera de la página. Selecciónelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="87"/>
        <source>This source is marked as English, so it needs no translation. If it is in another language, correct its language in Edit details… first.</source>
        <translation>Esta fuente está marcada como inglés, así que no necesita traducción. Si está en otro idioma, corrija primero su idioma en Editar datos…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="93"/>
        <source>This source has no translation attached.</source>
        <translation>Esta fuente no tiene ninguna traducción adjunta.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="95"/>
        <source>This source has excerpts. Delete the excerpts too, or keep the source.</source>
        <translation>Esta fuente tiene extractos. Elimine también los extractos o conserve la fuente.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="98"/>
        <source>The value “{value}” for “{field}” is not valid ({reason}).</source>
        <translation>El valor «{value}» de «{field}» no es válido ({reason}).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="113"/>
        <source>Another program is saving changes to the library in {path} ({holder}). Wait a moment and try again.</source>
        <translation>Otro programa está guardando cambios en la biblioteca de {path} ({holder}). Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="117"/>
        <source>unknown program</source>
        <translation>programa desconocido</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="119"/>
        <source>The library in {path} was saved by a newer version of Evidence Library. Update the app to open it.</source>
        <translation>La biblioteca de {path} se guardó con una versión más reciente de Evidence Library. Actualice la aplicación para abrirla.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="125"/>
        <source>The library database {path} is damaged ({reason}). Recovering it keeps the damaged file aside, puts back the newest sound backup, adds what can still be read and imports every original file in the library again (Library ▸ Check the database and recover it…).</source>
        <translation>La base de datos de la biblioteca {path} está dañada ({reason}). Al recuperarla, el archivo dañado se guarda aparte, se repone la copia de seguridad sana más reciente, se añade lo que aún se puede leer y se vuelven a importar todos los archivos originales de la biblioteca (Biblioteca ▸ Comprobar la base de datos y recuperarla…).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="133"/>
        <source>This item no longer exists; it may have been deleted ({what} {key}).</source>
        <translation>Este elemento ya no existe; puede que se haya eliminado ({what} {key}).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="139"/>
        <source>The quoted text was not found on page {page}.</source>
        <translation>No se encontró el texto citado en la página {page}.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="143"/>
        <source>These exhibits are not in English and have no English translation, so no certificate of translation can be printed for them: {exhibits}. Attach a translation to the source, type one for each quote of an exhibit of excerpts, or build anyway and mark them “translation to follow”.</source>
        <translation>Estas pruebas documentales no están en inglés y no tienen traducción al inglés, así que no se puede imprimir un certificado de traducción para ellas: {exhibits}. Adjunte una traducción a la fuente, escriba una para cada cita de una prueba de extractos o genere el paquete de todos modos marcándolas «traducción pendiente».</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="149"/>
        <source>Tab {label}</source>
        <translation>Pestaña {label}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="152"/>
        <source>The search index cannot be used right now. Rebuild it from the Library menu.</source>
        <translation>Ahora no se puede usar el índice de búsqueda. Reconstrúyalo desde el menú Biblioteca.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="156"/>
        <source>The work was cancelled.</source>
        <translation>Se canceló el trabajo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="158"/>
        <source>Tab {tab}, packet page {page}</source>
        <translation>Pestaña {tab}, página {page} del paquete</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="160"/>
        <source>Packet page {page}</source>
        <translation>La página {page} del paquete</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="161"/>
        <source>{where} alone is {size:.1f} MB, over the limit of {limit:.1f} MB a file, so the packet cannot be split to fit; no packet was written. Raise the limit or replace that source with a smaller copy.</source>
        <translation>{where} ocupa por sí sola {size:.1f} MB, más que el límite de {limit:.1f} MB por archivo, así que el paquete no se puede dividir para cumplirlo; no se escribió ningún paquete. Suba el límite o sustituya esa fuente por una copia más pequeña.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="168"/>
        <source>The disk is full ({free} MB free at {path}). Nothing was half saved; free some space and try again.</source>
        <translation>El disco está lleno ({free} MB libres en {path}). No quedó nada guardado a medias; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="174"/>
        <source>The library folder holds a name that points outside it ({name}); it was not used. Run a library check.</source>
        <translation>La carpeta de la biblioteca contiene un nombre que apunta fuera de ella ({name}); no se usó. Revise la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="180"/>
        <source>Permission denied: {path}</source>
        <translation>Permiso denegado: {path}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="182"/>
        <source>The file or folder does not exist: {path}</source>
        <translation>El archivo o la carpeta no existe: {path}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="186"/>
        <source>The file or folder could not be read or written: {detail}</source>
        <translation>No se pudo leer o escribir el archivo o la carpeta: {detail}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="190"/>
        <source>The library database is damaged ({detail}). Choose Library ▸ Check the database and recover it… to recover it from its backups and original files.</source>
        <translation>La base de datos de la biblioteca está dañada ({detail}). Elija Biblioteca ▸ Comprobar la base de datos y recuperarla… para recuperarla a partir de sus copias de seguridad y archivos originales.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="196"/>
        <source>The library database could not be read or written ({detail}). Close other programs using it, or run a library check.</source>
        <translation>No se pudo leer o escribir la base de datos de la biblioteca ({detail}). Cierre otros programas que la usen o revise la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="201"/>
        <source>Something went wrong: {detail}</source>
        <translation>Algo salió mal: {detail}</translation>
    </message>
</context>
<context>
    <name>ExcerptDialog</name>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="84"/>
        <source>Edit excerpt</source>
        <translation>Editar extracto</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="84"/>
        <source>New excerpt</source>
        <translation>Nuevo extracto</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="99"/>
        <source>Quoted text</source>
        <translation>Texto citado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="108"/>
        <source>Citation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="111"/>
        <source>Why this passage matters (optional)</source>
        <translation>Por qué importa este pasaje (opcional)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="112"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="116"/>
        <source>&amp;Print this note in the packet</source>
        <translation>&amp;Imprimir esta nota en el paquete</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="118"/>
        <source>Notes are private: they are printed after the quote on the exhibit page only when this is ticked.</source>
        <translation>Las notas son privadas: solo se imprimen después de la cita en la página de la prueba documental si marca esta casilla.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="123"/>
        <source>English translation of the quote, when the source is not in English (printed under the quote in the packet and covered by the certificate of translation)</source>
        <translation>Traducción al inglés de la cita, cuando la fuente no está en inglés (se imprime debajo de la cita en el paquete y la cubre el certificado de traducción)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="125"/>
        <source>English translation</source>
        <translation>Traducción al inglés</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="134"/>
        <source>Quote</source>
        <translation>Cita textual</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="138"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="140"/>
        <source>Risk types</source>
        <translation>Tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="146"/>
        <source>Countries start as the source&apos;s; risk types as those the quote speaks of. Change them for this excerpt only.</source>
        <translation>Los países empiezan siendo los de la fuente; los tipos de riesgo, aquellos de los que habla la cita. Cámbielos solo para este extracto.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="160"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="165"/>
        <source>English &amp;translation:</source>
        <translation>&amp;Traducción al inglés:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/excerpt_dialog.py" line="244"/>
        <source>Could not save the excerpt</source>
        <translation>No se pudo guardar el extracto</translation>
    </message>
</context>
<context>
    <name>ExcerptsPanel</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="171"/>
        <source>Filter excerpts…</source>
        <translation>Filtrar extractos…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="172"/>
        <source>Filter excerpts by words</source>
        <translation>Filtrar extractos por palabras</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="173"/>
        <source>Filter by country</source>
        <translation>Filtrar por país</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="174"/>
        <source>Filter by risk type</source>
        <translation>Filtrar por tipo de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="175"/>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="357"/>
        <source>Excerpts</source>
        <translation>Extractos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="176"/>
        <source>&amp;Open at page</source>
        <translation>&amp;Abrir en la página</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="177"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="178"/>
        <source>Edit the note and tags of the excerpt</source>
        <translation>Editar la nota y las etiquetas del extracto</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="179"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="180"/>
        <source>Copy the quote with its citation (Ctrl+C)</source>
        <translation>Copiar la cita textual con su referencia (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="181"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="182"/>
        <source>Delete the selected excerpts (you can undo)</source>
        <translation>Eliminar los extractos seleccionados (se puede deshacer)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="183"/>
        <source>Undo the last delete or restore (Ctrl+Z)</source>
        <translation>Deshacer la última eliminación o restauración (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="185"/>
        <source>No excerpts yet. Select a passage in the reader and press Clip (Ctrl+K).</source>
        <translation>Aún no hay extractos. Seleccione un pasaje en el lector y pulse Recortar (Ctrl+K).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="252"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="255"/>
        <source>All risk types</source>
        <translation>Todos los tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="271"/>
        <source>%1 (ACA)</source>
        <translation>%1 (ACA)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="331"/>
        <source>Delete excerpt from %1</source>
        <translation>Eliminar extracto de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="335"/>
        <source>Delete %n excerpts</source>
        <translation>
            <numerusform>Eliminar %n extracto</numerusform>
            <numerusform>Eliminar %n extractos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="366"/>
        <source>Add to case…</source>
        <translation>Añadir a un caso…</translation>
    </message>
</context>
<context>
    <name>ExcerptsTableModel</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_model.py" line="52"/>
        <source>Quote</source>
        <translation>Cita textual</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_model.py" line="52"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_model.py" line="52"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_model.py" line="52"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_model.py" line="53"/>
        <source>Risk types</source>
        <translation>Tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_model.py" line="53"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_model.py" line="53"/>
        <source>Clipped</source>
        <translation>Recortado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_model.py" line="54"/>
        <source>English translation</source>
        <translation>Traducción al inglés</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_model.py" line="77"/>
        <source>English: “%1”</source>
        <translation>Inglés: «%1»</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_model.py" line="82"/>
        <source>%1
(printed in the packet)</source>
        <translation>%1
(se imprime en el paquete)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/excerpts_model.py" line="83"/>
        <source>%1
(private: not printed in the packet)</source>
        <translation>%1
(privada: no se imprime en el paquete)</translation>
    </message>
</context>
<context>
    <name>ExhibitsList</name>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="136"/>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="210"/>
        <source>Exhibits</source>
        <translation>Pruebas documentales</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="138"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="138"/>
        <source>Move the exhibit up (Ctrl+Up)</source>
        <translation>Subir la prueba documental (Ctrl+Arriba)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="139"/>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="140"/>
        <source>Move the exhibit down (Ctrl+Down)</source>
        <translation>Bajar la prueba documental (Ctrl+Abajo)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="141"/>
        <source>&amp;Pages…</source>
        <translation>&amp;Páginas…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="142"/>
        <source>Include only chosen pages of the source, or all of it</source>
        <translation>Incluir solo algunas páginas de la fuente, o toda ella</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="143"/>
        <source>&amp;Applicant-specific</source>
        <translation>Sobre el &amp;solicitante</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="144"/>
        <source>A document about the applicant: lettered tab (A, B, C…) instead of a number</source>
        <translation>Un documento sobre el solicitante: pestaña con letra (A, B, C…) en lugar de número</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="146"/>
        <source>&amp;Open source</source>
        <translation>&amp;Abrir fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="146"/>
        <source>Show the source in the reader</source>
        <translation>Mostrar la fuente en el lector</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="147"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="148"/>
        <source>Take the exhibit out of the case (the source stays in the library)</source>
        <translation>Sacar la prueba documental del caso (la fuente se conserva en la biblioteca)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="153"/>
        <source>No exhibits yet. Right-click a source, a search result or excerpts and choose “Add to case…”. Drag exhibits to change their order.</source>
        <translation>Aún no hay pruebas documentales. Haga clic derecho en una fuente, un resultado de búsqueda o extractos y elija «Añadir a un caso…». Arrastre las pruebas para cambiar su orden.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="242"/>
        <source>Pages of Tab %1</source>
        <translation>Páginas de la pestaña %1</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="243"/>
        <source>Pages of “%1” to include, e.g. 3-5, 9 (positions in the file, from 1). Leave empty to include the whole source.</source>
        <translation>Páginas de «%1» que se incluyen, p. ej. 3-5, 9 (posiciones en el archivo, desde 1). Déjelo vacío para incluir la fuente completa.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="269"/>
        <source>Remove exhibit</source>
        <translation>Quitar prueba documental</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="270"/>
        <source>Remove Tab %1 and its %n chosen excerpts from the case? The excerpts stay in the library.</source>
        <translation>
            <numerusform>¿Quitar del caso la pestaña %1 y su %n extracto elegido? Los extractos se conservan en la biblioteca.</numerusform>
            <numerusform>¿Quitar del caso la pestaña %1 y sus %n extractos elegidos? Los extractos se conservan en la biblioteca.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExhibitsModel</name>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="67"/>
        <source>Tab</source>
        <translation>Pestaña</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="67"/>
        <source>Citation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="67"/>
        <source>Includes</source>
        <translation>Incluye</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="67"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="68"/>
        <source>Excerpts</source>
        <translation>Extractos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="68"/>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="70"/>
        <source>A warning marks sources three or more years old</source>
        <translation>Un aviso marca las fuentes de tres o más años</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="75"/>
        <source>Whole source</source>
        <translation>Fuente completa</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="76"/>
        <source>Chosen pages</source>
        <translation>Páginas elegidas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="77"/>
        <source>Excerpts only</source>
        <translation>Solo extractos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="85"/>
        <source>All (%n)</source>
        <translation>
            <numerusform>Todas (%n)</numerusform>
            <numerusform>Todas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="85"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="101"/>
        <source>Published %1, %n years ago.</source>
        <translation>
            <numerusform>Publicada el %1, hace %n año.</numerusform>
            <numerusform>Publicada el %1, hace %n años.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="104"/>
        <source>A newer edition is in the library: “%1” (%2).</source>
        <translation>Hay una edición más reciente en la biblioteca: «%1» (%2).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="132"/>
        <source>Applicant-specific document (lettered tab)</source>
        <translation>Documento sobre el solicitante (pestaña con letra)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="133"/>
        <source>Country-conditions document (numbered tab)</source>
        <translation>Documento sobre las condiciones del país (pestaña numerada)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_result.py" line="26"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_result.py" line="27"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_result.py" line="58"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_result.py" line="59"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_result.py" line="60"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="366"/>
        <source>The packet has %1 pages in %2 files (each under the size limit; the index says which file holds each exhibit).</source>
        <translation>El paquete tiene %1 páginas en %2 archivos (cada uno por debajo del tamaño máximo; el índice indica qué archivo contiene cada prueba documental).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_result.py" line="83"/>
        <source>Tab %1: %2</source>
        <translation>Pestaña %1: %2</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_result.py" line="91"/>
        <source>Check before filing:</source>
        <translation>Revise antes de presentar:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_result.py" line="98"/>
        <source>Part {part} is {size:.1f} MB, over the limit of {limit:.1f} MB: it could not be split to fit. Ask the court how to file it.</source>
        <translation>La parte {part} ocupa {size:.1f} MB, más que el límite de {limit:.1f} MB: no se pudo dividir para cumplirlo. Pregunte al tribunal cómo presentarla.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_result.py" line="104"/>
        <source>Tab {tab}: the original pages could not be opened ({reason}); its text is laid out instead.</source>
        <translation>Pestaña {tab}: no se pudieron abrir las páginas originales ({reason}); se compone su texto en su lugar.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="172"/>
        <source>Export packet</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="173"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="174"/>
        <source>File name of the packet</source>
        <translation>Nombre del archivo del paquete</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="175"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="176"/>
        <source>Split into files of at most</source>
        <translation>Dividir en archivos de como máximo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="178"/>
        <source>Electronic filing (ECAS) accepts PDF files of at most 25 MB (25,000,000 bytes). Larger packets are split into _Part1, _Part2… files, between exhibits where possible; each part carries the case caption.</source>
        <translation>La presentación electrónica (ECAS) acepta archivos PDF de 25 MB (25.000.000 bytes) como máximo. Los paquetes más grandes se dividen en archivos _Part1, _Part2…, entre pruebas documentales cuando es posible; cada parte lleva el encabezado del caso.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="181"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="182"/>
        <source>Size limit per file in MB</source>
        <translation>Tamaño máximo por archivo en MB</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="183"/>
        <source>Add a certificate of &amp;service as the last page</source>
        <translation>Añadir un certificado de &amp;notificación como última página</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="188"/>
        <source>“%1” for %2: %n exhibits.</source>
        <translation>
            <numerusform>«%1» para %2: %n prueba documental.</numerusform>
            <numerusform>«%1» para %2: %n pruebas documentales.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="191"/>
        <source>Served on: %1 · %2 · %3</source>
        <translation>Notificado a: %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="193"/>
        <source>date not set</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="196"/>
        <source>Fill in “Certificate of service” in the case details to say whom you serve, how and when.</source>
        <translation>Complete «Certificado de notificación» en los datos del caso para indicar a quién notifica, cómo y cuándo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="203"/>
        <source>Not in English: Tab %1. The certificate is filled from the translator&apos;s details.</source>
        <translation>No están en inglés: pestaña %1. El certificado se rellena con los datos del traductor.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="206"/>
        <source>Every exhibit is in English.</source>
        <translation>Todas las pruebas documentales están en inglés.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="208"/>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="209"/>
        <source>&amp;Open packet</source>
        <translation>&amp;Abrir paquete</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="210"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="249"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="250"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="260"/>
        <source>Save the packet as</source>
        <translation>Guardar el paquete como</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="260"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="269"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="348"/>
        <source>The export was cancelled; no packet was written.</source>
        <translation>Se canceló la exportación; no se generó ningún paquete.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="185"/>
        <source>Add a &amp;translation certificate after each translated exhibit</source>
        <translation>Añadir un certificado de &amp;traducción después de cada prueba traducida</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="364"/>
        <source>The packet has %n pages in one file.</source>
        <translation>
            <numerusform>El paquete tiene %n página en un archivo.</numerusform>
            <numerusform>El paquete tiene %n páginas en un archivo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="375"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_files.py" line="32"/>
        <source>Replace file</source>
        <translation>Reemplazar archivo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/export_files.py" line="33"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/facets.py" line="239"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/facets.py" line="244"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/facets.py" line="245"/>
        <source>Risk types</source>
        <translation>Tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/facets.py" line="246"/>
        <source>Kinds of source</source>
        <translation>Tipos de fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/facets.py" line="247"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/facets.py" line="248"/>
        <source>Publication years</source>
        <translation>Años de publicación</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/facets.py" line="253"/>
        <source>Counts are passages: each page is labelled with the risk types it is about. Ticking one narrows the results to those passages.</source>
        <translation>Los números cuentan pasajes: cada página lleva los tipos de riesgo de los que trata. Al marcar uno, los resultados se reducen a esos pasajes.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/facets.py" line="255"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/facets.py" line="256"/>
        <source>Show results from every country, risk and year</source>
        <translation>Mostrar resultados de todos los países, riesgos y años</translation>
    </message>
</context>
<context>
    <name>FacetRow</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/facets.py" line="90"/>
        <source>ACA</source>
        <translation>ACA</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/facets.py" line="91"/>
        <source>Asylum Cooperative Agreement country</source>
        <translation>País con Acuerdo de Cooperación de Asilo (ACA)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/facets.py" line="100"/>
        <source>{count} passages about this risk type in the matching sources</source>
        <translation>{count} pasajes sobre este tipo de riesgo en las fuentes encontradas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/facets.py" line="105"/>
        <source>{count} sources</source>
        <translation>{count} fuentes</translation>
    </message>
</context>
<context>
    <name>FacetSection</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/facets.py" line="193"/>
        <source>Show fewer</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/facets.py" line="193"/>
        <source>Show all ({count})</source>
        <translation>Mostrar todos ({count})</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/facets.py" line="198"/>
        <source>None in these results</source>
        <translation>Ninguno en estos resultados</translation>
    </message>
</context>
<context>
    <name>FactEditor</name>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="181"/>
        <source>Unknown: the sources say nothing</source>
        <translation>Desconocido: las fuentes no dicen nada</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="188"/>
        <source>The fact in plain words, as the source states it</source>
        <translation>El dato con palabras sencillas, como lo dice la fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="189"/>
        <source>In words:</source>
        <translation>En palabras:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="191"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="194"/>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="211"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="212"/>
        <source>As of:</source>
        <translation>A fecha de:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="217"/>
        <source>e.g. 90 FR 12345, or unknown</source>
        <translation>p. ej. 90 FR 12345, o unknown</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="218"/>
        <source>Citation:</source>
        <translation>Cita:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="222"/>
        <source>Entries on or after:</source>
        <translation>Entradas desde el:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="222"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="227"/>
        <source>Regions in words, separated by commas</source>
        <translation>Regiones en palabras, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="229"/>
        <source>Nationalities:</source>
        <translation>Nacionalidades:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="230"/>
        <source>Regions:</source>
        <translation>Regiones:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="231"/>
        <source>Condition:</source>
        <translation>Condición:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="234"/>
        <source>Yes, excluded</source>
        <translation>Sí, excluidas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="235"/>
        <source>No, not excluded</source>
        <translation>No, no excluidas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="236"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="238"/>
        <source>Excluded:</source>
        <translation>Excluidas:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="242"/>
        <source>no number</source>
        <translation>sin número</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="246"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="246"/>
        <source>a month</source>
        <translation>al mes</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="246"/>
        <source>a year</source>
        <translation>al año</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="246"/>
        <source>in total</source>
        <translation>en total</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="251"/>
        <source>How many people:</source>
        <translation>Cuántas personas:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="252"/>
        <source>Per:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="270"/>
        <source>(choose a source)</source>
        <translation>(elija una fuente)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="273"/>
        <source>New source…</source>
        <translation>Nueva fuente…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../evidence_app/ui/dialogs/guide_dialog.py" line="45"/>
        <source>Guide: Evidence Library for helpers</source>
        <translation>Guía: Evidence Library para quienes ayudan</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/guide_dialog.py" line="46"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/guide_dialog.py" line="54"/>
        <source>The guide is missing from this installation.</source>
        <translation>La guía falta en esta instalación.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="66"/>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="371"/>
        <source>Import sources</source>
        <translation>Importar fuentes</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="95"/>
        <source>Files and folders to import</source>
        <translation>Archivos y carpetas para importar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="98"/>
        <source>Add &amp;files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="99"/>
        <source>Add f&amp;older…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="100"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="116"/>
        <source>Each file&apos;s country is tagged when its title, web address, file name or text names it clearly (marked “auto”); risk types are labelled on each passage.</source>
        <translation>El país de cada archivo se etiqueta cuando su título, su dirección web, el nombre del archivo o su texto lo nombran con claridad (marcado «auto»); los tipos de riesgo se etiquetan en cada pasaje.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="121"/>
        <source>Tags for every file in this import (optional)</source>
        <translation>Etiquetas para todos los archivos de esta importación (opcional)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="126"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="129"/>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="209"/>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="251"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="140"/>
        <source>Files and folders to import:</source>
        <translation>Archivos y carpetas para importar:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="175"/>
        <source>Choose files to import</source>
        <translation>Elegir archivos para importar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="177"/>
        <source>Sources (%1);;All files (*)</source>
        <translation>Fuentes (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="186"/>
        <source>Choose a folder to import</source>
        <translation>Elegir una carpeta para importar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="199"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="205"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="210"/>
        <source>Stop after the file being read now</source>
        <translation>Detener después del archivo que se está leyendo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="248"/>
        <source>Looking at the files…</source>
        <translation>Revisando los archivos…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="274"/>
        <source>%1 of %2 files</source>
        <translation>%1 de %2 archivos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="281"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="322"/>
        <source>Password-protected PDF</source>
        <translation>PDF protegido con contraseña</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="323"/>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="351"/>
        <source>That password did not open %1.</source>
        <translation>Esa contraseña no abrió %1.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_dialog.py" line="394"/>
        <source>Source details (%1 of %2)</source>
        <translation>Datos de la fuente (%1 de %2)</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="44"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="44"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="45"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="58"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Editar datos…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="60"/>
        <source>Check title, publisher, date and tags of the imported sources</source>
        <translation>Revisar título, editorial, fecha y etiquetas de las fuentes importadas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="63"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="80"/>
        <source>The import was cancelled.</source>
        <translation>La importación se canceló.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="81"/>
        <source>Import finished.</source>
        <translation>Importación terminada.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="84"/>
        <source>Imported: %1</source>
        <translation>Importados: %1</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="86"/>
        <source>Already in the library: %1</source>
        <translation>Ya estaban en la biblioteca: %1</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="90"/>
        <source>Imported, but need OCR (no text): %1</source>
        <translation>Importados, pero necesitan OCR (sin texto): %1</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="94"/>
        <source>Could not import: %1</source>
        <translation>No se pudieron importar: %1</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="100"/>
        <source>Could not import (%1)</source>
        <translation>No se pudieron importar (%1)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="104"/>
        <source>Imported, but need OCR (%1)</source>
        <translation>Importados, pero necesitan OCR (%1)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="109"/>
        <source>Imported (%1)</source>
        <translation>Importados (%1)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="115"/>
        <source>Already in the library (%1)</source>
        <translation>Ya estaban en la biblioteca (%1)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="118"/>
        <source>The same file is already in the library.</source>
        <translation>El mismo archivo ya está en la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="140"/>
        <source>Enter password…</source>
        <translation>Escribir contraseña…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/import_report.py" line="141"/>
        <source>Enter the password for %1</source>
        <translation>Escribir la contraseña de %1</translation>
    </message>
</context>
<context>
    <name>IndexBar</name>
    <message>
        <location filename="../../evidence_app/ui/index_bar.py" line="56"/>
        <source>The search index is out of date, so some sources may be missing from results. Rebuilding it takes a moment and runs in the background.</source>
        <translation>El índice de búsqueda está desactualizado, así que pueden faltar fuentes en los resultados. Reconstruirlo lleva un momento y se hace en segundo plano.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/index_bar.py" line="58"/>
        <source>Rebuild index</source>
        <translation>Reconstruir índice</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/index_bar.py" line="59"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/index_bar.py" line="86"/>
        <source>Rebuilding the search index…</source>
        <translation>Reconstruyendo el índice de búsqueda…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="20"/>
        <source>Government report</source>
        <translation>Informe gubernamental</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="21"/>
        <source>NGO report</source>
        <translation>Informe de ONG</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="22"/>
        <source>UN document</source>
        <translation>Documento de la ONU</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="23"/>
        <source>News article</source>
        <translation>Artículo de prensa</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="24"/>
        <source>Court decision</source>
        <translation>Decisión judicial</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="25"/>
        <source>Testimony</source>
        <translation>Testimonio</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="26"/>
        <source>Academic work</source>
        <translation>Trabajo académico</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="27"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="28"/>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="35"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="36"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="37"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="38"/>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="39"/>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="40"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="54"/>
        <source>p. {label}</source>
        <translation>p. {label}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="76"/>
        <source>ACA in force</source>
        <translation>ACA vigente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="77"/>
        <source>ACA ended</source>
        <translation>ACA terminado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="78"/>
        <source>Safe third country agreement</source>
        <translation>Acuerdo de tercer país seguro</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="79"/>
        <source>Approached for an ACA</source>
        <translation>Propuesto para un ACA</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="80"/>
        <source>No agreement</source>
        <translation>Sin acuerdo</translation>
    </message>
</context>
<context>
    <name>LibraryArea</name>
    <message>
        <location filename="../../evidence_app/ui/library_area.py" line="46"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_area.py" line="47"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
</context>
<context>
    <name>LibraryMenu</name>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="98"/>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="99"/>
        <source>&amp;New library…</source>
        <translation>&amp;Nueva biblioteca…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="100"/>
        <source>Start an empty library in a folder you choose</source>
        <translation>Crear una biblioteca vacía en la carpeta que elija</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="101"/>
        <source>&amp;Open library…</source>
        <translation>&amp;Abrir biblioteca…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="102"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="103"/>
        <source>Re&amp;build search index</source>
        <translation>Re&amp;construir el índice de búsqueda</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="119"/>
        <source>No recent libraries</source>
        <translation>No hay bibliotecas recientes</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="124"/>
        <source>Choose an empty folder for the new library</source>
        <translation>Elija una carpeta vacía para la nueva biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="130"/>
        <source>Evidence Library</source>
        <translation>Evidence Library</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="133"/>
        <source>New library</source>
        <translation>Nueva biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="134"/>
        <source>That folder is not empty. Create the library in a new folder inside it?

{path}</source>
        <translation>Esa carpeta no está vacía. ¿Crear la biblioteca en una carpeta nueva dentro de ella?

{path}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="143"/>
        <source>Open a library folder</source>
        <translation>Abrir la carpeta de una biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="150"/>
        <source>Open library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="151"/>
        <source>There is no library in this folder yet. Start a new library here?

{path}</source>
        <translation>Todavía no hay ninguna biblioteca en esta carpeta. ¿Crear una biblioteca nueva aquí?

{path}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="171"/>
        <location filename="../../evidence_app/ui/library_menu.py" line="174"/>
        <source> (selected sources)</source>
        <translation> (fuentes seleccionadas)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="173"/>
        <location filename="../../evidence_app/ui/library_menu.py" line="176"/>
        <source>(every source when none is selected)</source>
        <translation>(todas las fuentes si no hay ninguna seleccionada)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="200"/>
        <source>Add the &amp;starter library (State Department reports)…</source>
        <translation>Añadir la &amp;biblioteca inicial (informes del Departamento de Estado)…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="203"/>
        <source>Add the State Department country reports for the ACA countries, 2016–2024, shipped with the app: no internet needed</source>
        <translation>Añadir los informes de país del Departamento de Estado sobre los países ACA, 2016–2024, incluidos en la aplicación: no hace falta internet</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="205"/>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exportar lote…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="207"/>
        <source>Write sources, their files, tags and excerpts to one file to share</source>
        <translation>Escribir fuentes, sus archivos, etiquetas y extractos en un solo archivo para compartir</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="208"/>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar lote…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="209"/>
        <source>Back &amp;up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="210"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Res&amp;taurar desde una copia…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="211"/>
        <source>Check the database and &amp;recover it…</source>
        <translation>Comprobar la base de datos y &amp;recuperarla…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="213"/>
        <source>When the library database is damaged: keep it aside, put back the newest sound backup, add what can still be read and import the original files again</source>
        <translation>Cuando la base de datos de la biblioteca está dañada: guardarla aparte, reponer la copia de seguridad sana más reciente, añadir lo que aún se puede leer y volver a importar los archivos originales</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="267"/>
        <source>Library backed up.</source>
        <translation>Copia de seguridad de la biblioteca hecha.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="270"/>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="283"/>
        <source>Check the database</source>
        <translation>Comprobar la base de datos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="284"/>
        <source>The library database is sound.</source>
        <translation>La base de datos de la biblioteca está en buen estado.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="136"/>
        <location filename="../../evidence_app/app.py" line="148"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="137"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="138"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="139"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="141"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="142"/>
        <source>Import PDF, HTML, text or Word files</source>
        <translation>Importar archivos PDF, HTML, de texto o de Word</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="143"/>
        <source>Import a &amp;folder…</source>
        <translation>Importar una &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="144"/>
        <source>Import every supported file in a folder and its subfolders</source>
        <translation>Importar todos los archivos compatibles de una carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="145"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="145"/>
        <source>Go to the search box</source>
        <translation>Ir al cuadro de búsqueda</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="146"/>
        <source>&amp;Clip selection</source>
        <translation>&amp;Recortar la selección</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="147"/>
        <source>Save the text selected in the reader as an excerpt</source>
        <translation>Guardar como extracto el texto seleccionado en el lector</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="148"/>
        <source>Countries and &amp;risk types…</source>
        <translation>Países y tipos de &amp;riesgo…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="149"/>
        <source>Add, rename or hide risk types; edit country details</source>
        <translation>Añadir, renombrar u ocultar tipos de riesgo; editar los datos de los países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="150"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="151"/>
        <source>Language and other settings</source>
        <translation>Idioma y otros ajustes</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="152"/>
        <source>Close Evidence Library</source>
        <translation>Cerrar Evidence Library</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="153"/>
        <source>How to &amp;search</source>
        <translation>Cómo &amp;buscar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="153"/>
        <source>Search syntax with examples</source>
        <translation>Sintaxis de búsqueda con ejemplos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="154"/>
        <source>&amp;About Evidence Library</source>
        <translation>&amp;Acerca de Evidence Library</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="155"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="156"/>
        <source>What an ACA is, what evidence helps, and how to use the app</source>
        <translation>Qué es un ACA, qué pruebas ayudan y cómo usar la aplicación</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="157"/>
        <source>&amp;OCR scanned sources…</source>
        <translation>&amp;OCR de fuentes escaneadas…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="158"/>
        <source>Read the text of scanned PDFs (English and Spanish) so they can be searched</source>
        <translation>Leer el texto de los PDF escaneados (inglés y español) para poder buscar en ellos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="160"/>
        <source>E&amp;xcerpts</source>
        <translation>E&amp;xtractos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="161"/>
        <source>Show or hide the excerpts panel</source>
        <translation>Mostrar u ocultar el panel de extractos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="168"/>
        <source>Clip</source>
        <translation>Recortar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="169"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="170"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="193"/>
        <source>Import sources</source>
        <translation>Importar fuentes</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="195"/>
        <source>Sources (*.pdf *.html *.htm *.txt *.md *.docx);;All files (*)</source>
        <translation>Fuentes (*.pdf *.html *.htm *.txt *.md *.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="205"/>
        <source>Import every source in a folder</source>
        <translation>Importar todas las fuentes de una carpeta</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="286"/>
        <source>About Evidence Library</source>
        <translation>Acerca de Evidence Library</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="288"/>
        <source>&lt;p&gt;&lt;b&gt;Evidence Library&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline library of human-rights sources about the countries the United States sends asylum seekers to under Asylum Cooperative Agreements. Import reports, search every page, clip excerpts with exact citations and build exhibit packets.&lt;/p&gt;&lt;p&gt;Nothing you import or write leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Evidence Library&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Una biblioteca sin conexión de fuentes de derechos humanos sobre los países a los que Estados Unidos envía a solicitantes de asilo en virtud de Acuerdos de Cooperación de Asilo. Importe informes, busque en cada página, recorte extractos con citas exactas y prepare paquetes de pruebas.&lt;/p&gt;&lt;p&gt;Nada de lo que importe o escriba sale de esta computadora.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="204"/>
        <source>Evidence Library — {name}</source>
        <translation>Evidence Library — {name}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="205"/>
        <source>Evidence Library</source>
        <translation>Evidence Library</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="207"/>
        <source>Excerpts</source>
        <translation>Extractos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="252"/>
        <location filename="../../evidence_app/ui/main_window.py" line="255"/>
        <source>Cannot open the library</source>
        <translation>No se puede abrir la biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="323"/>
        <source>No library open</source>
        <translation>Ninguna biblioteca abierta</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="327"/>
        <source>{sources} sources · {pages} pages · {excerpts} excerpts</source>
        <translation>{sources} fuentes · {pages} páginas · {excerpts} extractos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="348"/>
        <source>1 source</source>
        <translation>1 fuente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/main_window.py" line="348"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="73"/>
        <source>Source details</source>
        <translation>Datos de la fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="82"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="83"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="115"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="116"/>
        <source>Use today&apos;s date</source>
        <translation>Usar la fecha de hoy</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="122"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="123"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="124"/>
        <source>Other or unknown</source>
        <translation>Otro o desconocido</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="127"/>
        <source>Other (%1)</source>
        <translation>Otro (%1)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="174"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="176"/>
        <source>&amp;Publisher:</source>
        <translation>&amp;Editorial:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="178"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="180"/>
        <source>Pu&amp;blished:</source>
        <translation>Pu&amp;blicado:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="182"/>
        <source>&amp;Web address:</source>
        <translation>Dirección &amp;web:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="187"/>
        <source>A&amp;ccessed:</source>
        <translation>&amp;Consultado:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="192"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="193"/>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="194"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="201"/>
        <source>Other editions:</source>
        <translation>Otras ediciones:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="208"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="210"/>
        <source>Risk types</source>
        <translation>Tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="232"/>
        <source>File: %1 · %2 pages · added %3</source>
        <translation>Archivo: %1 · %2 páginas · añadido el %3</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="240"/>
        <source>set by you</source>
        <translation>puesto por usted</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="244"/>
        <source>The saved page does not say when it was saved: citations give the day it was imported (%1) as “last visited”.</source>
        <translation>La página guardada no dice cuándo se guardó: las citas dan el día en que se importó (%1) como «last visited» (última visita).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="263"/>
        <source>Check this citation before filing: %1.</source>
        <translation>Revise esta cita antes de presentar: %1.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="269"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="270"/>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="271"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="272"/>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="289"/>
        <source>Date published</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="273"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="274"/>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="290"/>
        <source>Date accessed</source>
        <translation>Fecha de consulta</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="278"/>
        <source>Language of the source</source>
        <translation>Idioma de la fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="279"/>
        <source>Kind of source</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="280"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="293"/>
        <source>%1: write the date as YYYY, YYYY-MM or YYYY-MM-DD, for example 2024 or 2024-03 or 2024-03-15.</source>
        <translation>%1: escriba la fecha como AAAA, AAAA-MM o AAAA-MM-DD, por ejemplo 2024, 2024-03 o 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/metadata_dialog.py" line="379"/>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
</context>
<context>
    <name>MissingTranslationsNotice</name>
    <message>
        <location filename="../../evidence_app/ui/cases/export/missing_notice.py" line="39"/>
        <source>Export anyway: mark these exhibits “translation to follow” in the index (no certificate of translation is printed for them)</source>
        <translation>Exportar de todos modos: marcar estas pruebas como «traducción pendiente» en el índice (no se imprime certificado de traducción para ellas)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/missing_notice.py" line="51"/>
        <source>Tab %1 (%2): %3</source>
        <translation>Pestaña %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/missing_notice.py" line="55"/>
        <source>No English translation, so no certificate of translation:</source>
        <translation>Sin traducción al inglés, y por tanto sin certificado de traducción:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/missing_notice.py" line="57"/>
        <source>A court needs a certified English translation of each document not in English. Attach one to the source (right-click it in the sources list: Attach English translation…), or type one for each quote of an exhibit of excerpts.</source>
        <translation>El tribunal necesita una traducción certificada al inglés de cada documento que no esté en inglés. Adjunte una a la fuente (clic derecho en la lista de fuentes: Adjuntar traducción al inglés…) o escriba una para cada cita de una prueba de extractos.</translation>
    </message>
</context>
<context>
    <name>OcrDialog</name>
    <message>
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="95"/>
        <source>OCR scanned sources</source>
        <translation>OCR de fuentes escaneadas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="98"/>
        <source>&lt;p&gt;&lt;b&gt;OCR is not installed on this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reading scanned pages needs two free programs: Tesseract (with its English and Spanish languages) and OCRmyPDF. Ask whoever looks after this computer to run:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;El OCR no está instalado en esta computadora.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Para leer páginas escaneadas hacen falta dos programas gratuitos: Tesseract (con sus idiomas inglés y español) y OCRmyPDF. Pida a quien se ocupa de esta computadora que ejecute:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="103"/>
        <source>No source needs OCR: every source has a text layer.</source>
        <translation>Ninguna fuente necesita OCR: todas tienen una capa de texto.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="106"/>
        <source>&lt;p&gt;These sources are scanned pages with no text, so they cannot be searched or clipped yet.&lt;/p&gt;&lt;p&gt;OCR reads the page images (English and Spanish) and adds the text. The original file is kept; a searchable copy is stored beside it. It takes a few seconds per page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Estas fuentes son páginas escaneadas sin texto, así que todavía no se puede buscar en ellas ni recortarlas.&lt;/p&gt;&lt;p&gt;El OCR lee las imágenes de las páginas (en inglés y español) y añade el texto. El archivo original se conserva; a su lado se guarda una copia en la que se puede buscar. Tarda unos segundos por página.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="111"/>
        <source>Sources to OCR</source>
        <translation>Fuentes para OCR</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="112"/>
        <source>OCR progress</source>
        <translation>Progreso del OCR</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="113"/>
        <source>Start OCR</source>
        <translation>Iniciar el OCR</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="114"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="115"/>
        <source>Stop; sources already done keep their text</source>
        <translation>Detener; las fuentes ya terminadas conservan su texto</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="116"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="121"/>
        <source>%1 (1 page)</source>
        <translation>%1 (1 página)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="121"/>
        <source>%1 (%n pages)</source>
        <translation>
            <numerusform>%1 (%n página)</numerusform>
            <numerusform>%1 (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="172"/>
        <source>Starting OCR…</source>
        <translation>Iniciando el OCR…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="185"/>
        <source>Reading “%1” (%2 of %3 pages done)</source>
        <translation>Leyendo «%1» (%2 de %3 páginas hechas)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="193"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="201"/>
        <source>1 source can now be searched.</source>
        <translation>Ya se puede buscar en 1 fuente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="202"/>
        <source>%n sources can now be searched.</source>
        <translation>
            <numerusform>Ya se puede buscar en %n fuente.</numerusform>
            <numerusform>Ya se puede buscar en %n fuentes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="204"/>
        <source>OCR was cancelled; the other sources still need it.</source>
        <translation>Se canceló el OCR; las demás fuentes todavía lo necesitan.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="207"/>
        <source>1 source could not be read:</source>
        <translation>No se pudo leer 1 fuente:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="208"/>
        <source>%n sources could not be read:</source>
        <translation>
            <numerusform>No se pudo leer %n fuente:</numerusform>
            <numerusform>No se pudieron leer %n fuentes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Origins</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="13"/>
        <source>set by you</source>
        <translation>puesto por usted</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="14"/>
        <source>from the page&apos;s JSON-LD</source>
        <translation>del JSON-LD de la página</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="15"/>
        <source>from the page&apos;s meta tags</source>
        <translation>de las etiquetas meta de la página</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="16"/>
        <source>from the saved page</source>
        <translation>de la página guardada</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="17"/>
        <source>from the page&apos;s title</source>
        <translation>del título de la página</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="18"/>
        <source>from the text of the first pages</source>
        <translation>del texto de las primeras páginas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="19"/>
        <source>from the report&apos;s year (published the following year)</source>
        <translation>del año del informe (publicado el año siguiente)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="22"/>
        <source>from a known publisher&apos;s name or web address</source>
        <translation>del nombre o la dirección web de un editor conocido</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="23"/>
        <source>from the PDF&apos;s metadata</source>
        <translation>de los metadatos del PDF</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="24"/>
        <source>from the file&apos;s properties</source>
        <translation>de las propiedades del archivo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="25"/>
        <source>from the file name</source>
        <translation>del nombre del archivo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="26"/>
        <source>from a shared library bundle</source>
        <translation>de un paquete de biblioteca compartido</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="33"/>
        <source>no title</source>
        <translation>sin título</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="34"/>
        <source>title made from the file name</source>
        <translation>título sacado del nombre del archivo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="35"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="36"/>
        <source>date taken from the file&apos;s metadata, not from the document</source>
        <translation>fecha tomada de los metadatos del archivo, no del documento</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="39"/>
        <source>date taken from the file name</source>
        <translation>fecha tomada del nombre del archivo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="40"/>
        <source>no publisher or author</source>
        <translation>sin editor ni autor</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/origin_labels.py" line="41"/>
        <source>web page: “last visited” would be the import date</source>
        <translation>página web: «last visited» (última visita) sería la fecha de importación</translation>
    </message>
</context>
<context>
    <name>PacketBuild</name>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="52"/>
        <source>Laying out the text…</source>
        <translation>Maquetando el texto…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="53"/>
        <source>Finding the passages to highlight…</source>
        <translation>Buscando los pasajes que se resaltan…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="55"/>
        <source>Numbering the pages…</source>
        <translation>Numerando las páginas…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="56"/>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="57"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="58"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="60"/>
        <source>Building the packet…</source>
        <translation>Generando el paquete…</translation>
    </message>
</context>
<context>
    <name>PacketOptions</name>
    <message>
        <location filename="../../evidence_app/ui/cases/export/packet_options.py" line="56"/>
        <source>Add an index of the evidence by &amp;legal element</source>
        <translation>Añadir un índice de la prueba por e&amp;lemento jurídico</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/packet_options.py" line="58"/>
        <source>After the index of exhibits: for each country and legal element (persecution, torture, refoulement, fair procedure, caps, nationality exclusions), the first words of each clipped passage with its exhibit and packet page (“Ex. 4 at 37”).</source>
        <translation>Después del índice de pruebas documentales: para cada país y elemento jurídico (persecución, tortura, devolución, procedimiento justo, límites, nacionalidades excluidas), las primeras palabras de cada pasaje recortado con su prueba documental y la página del paquete («Ex. 4 at 37»).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/packet_options.py" line="61"/>
        <source>Export it alone…</source>
        <translation>Exportarlo por separado…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/packet_options.py" line="63"/>
        <source>Save the index by legal element as a Word document or PDF, to paste into a brief. Its packet pages are those of the last packet you built, or of a fresh layout when the case changed since.</source>
        <translation>Guarda el índice por elemento jurídico como documento de Word o PDF, para pegarlo en un escrito. Las páginas del paquete son las del último paquete que generó o, si el caso cambió desde entonces, las de una maquetación nueva.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/packet_options.py" line="66"/>
        <source>Exported alone, &amp;headings in:</source>
        <translation>Por separado, encabe&amp;zados en:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/packet_options.py" line="67"/>
        <source>English (to file in court)</source>
        <translation>inglés (para presentar ante el tribunal)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/packet_options.py" line="68"/>
        <source>Spanish (for your own use)</source>
        <translation>español (para su propio uso)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/packet_options.py" line="70"/>
        <source>The language of the headings of the index you export alone. Court filings are in English; a Spanish copy helps you and the respondent read it. The quotes stay as they are.</source>
        <translation>El idioma de los encabezados del índice que exporta por separado. Los escritos al tribunal van en inglés; una copia en español le ayuda a usted y a la persona demandada a leerlo. Las citas quedan como están.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/packet_options.py" line="74"/>
        <source>Letter the respondent&apos;s own documents (A, B, C), &amp;number country conditions (1, 2, 3)</source>
        <translation>&amp;Documentos propios con letras (A, B, C), pruebas sobre el país con números (1, 2, 3)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/export/packet_options.py" line="77"/>
        <source>Exhibits marked applicant-specific get lettered tabs, as practitioners file them. Untick to number every exhibit in one sequence. This is saved with the case.</source>
        <translation>Las pruebas marcadas como documentos sobre el solicitante llevan pestañas con letras, como las presentan los profesionales. Desmarque la casilla para numerar todas las pruebas en una sola serie. La elección se guarda con el caso.</translation>
    </message>
</context>
<context>
    <name>PacketPreview</name>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="176"/>
        <source>&amp;Refresh preview</source>
        <translation>&amp;Actualizar vista previa</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="177"/>
        <source>Build the packet again with the latest changes</source>
        <translation>Generar de nuevo el paquete con los últimos cambios</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="178"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="179"/>
        <source>Open in PDF &amp;viewer</source>
        <translation>Abrir en el &amp;visor de PDF</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="180"/>
        <source>Open the preview in your PDF reader</source>
        <translation>Abrir la vista previa en su lector de PDF</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="181"/>
        <source>Packet pages</source>
        <translation>Páginas del paquete</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="222"/>
        <source>Choose a case to see its packet.</source>
        <translation>Elija un caso para ver su paquete.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="224"/>
        <source>Add exhibits to the case to see the packet.</source>
        <translation>Añada pruebas documentales al caso para ver el paquete.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="226"/>
        <source>%n pages. This is how the packet will look.</source>
        <translation>
            <numerusform>%n página. Así se verá el paquete.</numerusform>
            <numerusform>%n páginas. Así se verá el paquete.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="229"/>
        <source>The case has changed since this preview was built.</source>
        <translation>El caso ha cambiado desde que se generó esta vista previa.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="231"/>
        <source>The preview is built when you open this tab.</source>
        <translation>La vista previa se genera al abrir esta pestaña.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="244"/>
        <source>No temporary folder is available for the preview.</source>
        <translation>No hay una carpeta temporal disponible para la vista previa.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="298"/>
        <source>The preview was cancelled.</source>
        <translation>Se canceló la vista previa.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="304"/>
        <source>The preview could not be displayed.</source>
        <translation>No se pudo mostrar la vista previa.</translation>
    </message>
</context>
<context>
    <name>PassageLabelling</name>
    <message>
        <location filename="../../evidence_app/ui/reader/passage_labels.py" line="54"/>
        <source>Labelling passages with risk types</source>
        <translation>Etiquetando pasajes con tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/passage_labels.py" line="75"/>
        <source>Labelling passages with risk types: {done} of {total} sources</source>
        <translation>Etiquetando pasajes con tipos de riesgo: {done} de {total} fuentes</translation>
    </message>
</context>
<context>
    <name>PassageMark</name>
    <message>
        <location filename="../../evidence_app/ui/reader/passage_marks.py" line="43"/>
        <source>This passage is about: {types}</source>
        <translation>Este pasaje trata de: {types}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/passage_marks.py" line="45"/>
        <source>Marked: it is about a risk type ticked in the filters.</source>
        <translation>Marcado: trata de un tipo de riesgo marcado en los filtros.</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <location filename="../../evidence_app/ui/reader/pdf_view.py" line="38"/>
        <source>Original page</source>
        <translation>Página original</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/pdf_view.py" line="40"/>
        <source>The original page is shown here for PDF sources.</source>
        <translation>Aquí se muestra la página original de las fuentes en PDF.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/pdf_view.py" line="54"/>
        <source>The original file of this source is missing.</source>
        <translation>Falta el archivo original de esta fuente.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/pdf_view.py" line="60"/>
        <source>This PDF cannot be displayed (it may be damaged or protected).</source>
        <translation>No se puede mostrar este PDF (puede estar dañado o protegido).</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../evidence_app/ui/i18n.py" line="29"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../evidence_app/ui/dialogs/preferences_dialog.py" line="29"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/preferences_dialog.py" line="31"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/preferences_dialog.py" line="33"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/preferences_dialog.py" line="41"/>
        <source>“System” follows the language of your computer (Spanish or English). The new language applies at once; open dialogs change when reopened.</source>
        <translation>«Sistema» sigue el idioma de su computadora (español o inglés). El nuevo idioma se aplica enseguida; los diálogos abiertos cambian al volver a abrirlos.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/preferences_dialog.py" line="50"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../evidence_app/ui/reader/panel.py" line="123"/>
        <source>Page text</source>
        <translation>Texto de la página</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/panel.py" line="292"/>
        <source>English: “%1”</source>
        <translation>Inglés: «%1»</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/panel.py" line="362"/>
        <source>Select some text on the page first, then clip it.</source>
        <translation>Primero seleccione texto en la página y luego recórtelo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/panel.py" line="392"/>
        <source>No page</source>
        <translation>Sin página</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/panel.py" line="394"/>
        <source>{cite} ({n} of {total})</source>
        <translation>{cite} ({n} de {total})</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/panel.py" line="398"/>
        <source>No hits</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/panel.py" line="400"/>
        <source>Hit {n} of {total}</source>
        <translation>Coincidencia {n} de {total}</translation>
    </message>
</context>
<context>
    <name>ReaderToolbar</name>
    <message>
        <location filename="../../evidence_app/ui/reader/toolbar.py" line="95"/>
        <location filename="../../evidence_app/ui/reader/toolbar.py" line="100"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/toolbar.py" line="96"/>
        <location filename="../../evidence_app/ui/reader/toolbar.py" line="101"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/toolbar.py" line="97"/>
        <source>Previous hit</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/toolbar.py" line="98"/>
        <source>Next hit</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/toolbar.py" line="102"/>
        <source>Previous highlighted word</source>
        <translation>Palabra resaltada anterior</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/toolbar.py" line="103"/>
        <source>Next highlighted word</source>
        <translation>Palabra resaltada siguiente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/toolbar.py" line="107"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/toolbar.py" line="108"/>
        <source>Show the page&apos;s text</source>
        <translation>Mostrar el texto de la página</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/toolbar.py" line="109"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/toolbar.py" line="110"/>
        <source>Show the original PDF page</source>
        <translation>Mostrar la página original del PDF</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/toolbar.py" line="111"/>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/toolbar.py" line="112"/>
        <source>Show the text and the original side by side</source>
        <translation>Mostrar el texto y el original uno al lado del otro</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/toolbar.py" line="113"/>
        <source>Clip</source>
        <translation>Recortar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/toolbar.py" line="114"/>
        <source>Save the selected text as an excerpt (Ctrl+K)</source>
        <translation>Guardar el texto seleccionado como extracto (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../evidence_app/ui/dialogs/recovery_dialog.py" line="20"/>
        <source>The library holds {n} sources again.</source>
        <translation>La biblioteca vuelve a tener {n} fuentes.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/recovery_dialog.py" line="23"/>
        <source>The damaged database is kept as {path}.</source>
        <translation>La base de datos dañada se guarda como {path}.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/recovery_dialog.py" line="26"/>
        <source>Started from the backup of {date}.</source>
        <translation>Se partió de la copia de seguridad del {date}.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/recovery_dialog.py" line="30"/>
        <source>No sound backup was found.</source>
        <translation>No se encontró ninguna copia de seguridad sana.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/recovery_dialog.py" line="32"/>
        <source>{n} original files in the library were imported again.</source>
        <translation>Se volvieron a importar {n} archivos originales de la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/recovery_dialog.py" line="36"/>
        <source>Could not be recovered:</source>
        <translation>No se pudo recuperar:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/recovery_dialog.py" line="39"/>
        <source>… and {n} more.</source>
        <translation>… y {n} más.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/recovery_dialog.py" line="52"/>
        <source>Recovering the library…</source>
        <translation>Recuperando la biblioteca…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/recovery_dialog.py" line="77"/>
        <source>Library recovered</source>
        <translation>Biblioteca recuperada</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/recovery_dialog.py" line="81"/>
        <source>Recovery failed</source>
        <translation>La recuperación falló</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/recovery_dialog.py" line="89"/>
        <source>The library database is damaged</source>
        <translation>La base de datos de la biblioteca está dañada</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/recovery_dialog.py" line="91"/>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/recovery_dialog.py" line="92"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_models.py" line="53"/>
        <source>1 matching page</source>
        <translation>1 página coincide</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_models.py" line="56"/>
        <source>{count} matching pages</source>
        <translation>{count} páginas coinciden</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_models.py" line="67"/>
        <location filename="../../evidence_app/ui/library_view/results_models.py" line="74"/>
        <source>Untitled source</source>
        <translation>Fuente sin título</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_models.py" line="95"/>
        <source>1 more page</source>
        <translation>1 página más</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_models.py" line="96"/>
        <source>{count} more pages</source>
        <translation>{count} páginas más</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="139"/>
        <source>Type in the search box to find passages.</source>
        <translation>Escriba en el cuadro de búsqueda para encontrar pasajes.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="142"/>
        <source>By source</source>
        <translation>Por fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="144"/>
        <source>Sources ranked for the query, with their best pages</source>
        <translation>Fuentes ordenadas según la búsqueda, con sus mejores páginas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="146"/>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="157"/>
        <source>Best passages</source>
        <translation>Mejores pasajes</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="147"/>
        <source>The best pages across all sources, best first</source>
        <translation>Las mejores páginas de todas las fuentes, de mejor a peor</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="151"/>
        <source>Most relevant first</source>
        <translation>Más relevantes primero</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="152"/>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="155"/>
        <source>Sort results</source>
        <translation>Ordenar resultados</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="156"/>
        <source>Results by source</source>
        <translation>Resultados por fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="203"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="211"/>
        <source>Another program is updating the search index right now. Try again in a moment.</source>
        <translation>Otro programa está actualizando el índice de búsqueda en este momento. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="215"/>
        <source>The search could not be understood: {error}</source>
        <translation>No se pudo entender la búsqueda: {error}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="227"/>
        <source>No sources match</source>
        <translation>Ninguna fuente coincide</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="230"/>
        <source>Nothing matches this search. Try fewer words, turn on “Related terms”, or clear the filters.</source>
        <translation>Nada coincide con esta búsqueda. Pruebe con menos palabras, active «Términos relacionados» o quite los filtros.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="237"/>
        <source>1 source matches</source>
        <translation>1 fuente coincide</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="239"/>
        <source>%n sources match</source>
        <translation>
            <numerusform>%n fuente coincide</numerusform>
            <numerusform>%n fuentes coinciden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="242"/>
        <source>{total} sources match, {shown} shown</source>
        <translation>{total} fuentes coinciden, {shown} mostradas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="327"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="330"/>
        <source>Add source to case…</source>
        <translation>Añadir la fuente a un caso…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="335"/>
        <source>Add this page to case…</source>
        <translation>Añadir esta página a un caso…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="339"/>
        <source>Copy citation</source>
        <translation>Copiar la cita</translation>
    </message>
</context>
<context>
    <name>ScanNotice</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/scan_notice.py" line="44"/>
        <source>This PDF is a scan: its pages have no text yet, so they cannot be searched or clipped. View the original pages, or run OCR to read their text.</source>
        <translation>Este PDF es un escaneo: sus páginas aún no tienen texto, así que no se pueden buscar ni recortar. Vea las páginas originales o aplique OCR para leer su texto.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/scan_notice.py" line="46"/>
        <source>View &amp;original</source>
        <translation>Ver el &amp;original</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/scan_notice.py" line="47"/>
        <source>Run &amp;OCR…</source>
        <translation>Aplicar &amp;OCR…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/scan_notice.py" line="48"/>
        <source>Read the text of scanned PDFs (English and Spanish)</source>
        <translation>Leer el texto de los PDF escaneados (inglés y español)</translation>
    </message>
</context>
<context>
    <name>ScreenFields</name>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_fields.py" line="51"/>
        <source>Screen against the agreements</source>
        <translation>Evaluación frente a los acuerdos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_fields.py" line="53"/>
        <source>Used only for the screen of this case (Screen tab); never shared in a bundle.</source>
        <translation>Se usa solo para evaluar este caso (pestaña Evaluación); nunca se comparte en un paquete.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_fields.py" line="54"/>
        <source>Nationa&amp;lity:</source>
        <translation>Nacionali&amp;dad:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_fields.py" line="55"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_fields.py" line="56"/>
        <source>Date of &amp;entry:</source>
        <translation>Fecha de &amp;entrada:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_fields.py" line="57"/>
        <source>Date of entry to the United States</source>
        <translation>Fecha de entrada a los Estados Unidos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_fields.py" line="58"/>
        <source>Date of entry to the United States, YYYY-MM-DD</source>
        <translation>Fecha de entrada a los Estados Unidos, AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_fields.py" line="59"/>
        <source>Arrived as an &amp;unaccompanied child</source>
        <translation>Llegó como niño &amp;no acompañado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_fields.py" line="61"/>
        <location filename="../../evidence_app/ui/cases/screen_fields.py" line="72"/>
        <source>Not known</source>
        <translation>Desconocida</translation>
    </message>
</context>
<context>
    <name>ScreenPanel</name>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="51"/>
        <source>Screen of the case against the agreements</source>
        <translation>Evaluación del caso frente a los acuerdos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="81"/>
        <source>the respondent&apos;s nationality</source>
        <translation>la nacionalidad del demandado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="82"/>
        <source>the date of entry</source>
        <translation>la fecha de entrada</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="83"/>
        <source>the countries DHS names</source>
        <translation>los países que nombra el DHS</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="87"/>
        <source>The case does not give {what}: add it under Details for a fuller screen.</source>
        <translation>El caso no indica {what}: añádalo en Detalles para una evaluación más completa.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="91"/>
        <source>Choose the countries DHS names in the case details to screen the case against their agreements.</source>
        <translation>Elija en los detalles del caso los países que nombra el DHS para evaluar el caso frente a sus acuerdos.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="100"/>
        <source>{status}, as of {date}</source>
        <translation>{status}, a fecha de {date}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="106"/>
        <source>Evidence per legal element</source>
        <translation>Pruebas por elemento jurídico</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="107"/>
        <source>gap</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="109"/>
        <source>Legal element</source>
        <translation>Elemento jurídico</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="109"/>
        <source>Excerpts in the case</source>
        <translation>Extractos en el caso</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="110"/>
        <source>In the library</source>
        <translation>En la biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="110"/>
        <source>Agreement terms in exhibits</source>
        <translation>Términos del acuerdo en las pruebas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="126"/>
        <source>Exhibits that are the agreement&apos;s text or a source about it: Tab {tabs}.</source>
        <translation>Pruebas que son el texto del acuerdo o una fuente sobre él: Tab {tabs}.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="130"/>
        <source>The cap and nationality rows count the agreement&apos;s own terms once its text or a source about it is an exhibit: a source the record cites, or one you mark on the agreement&apos;s page.</source>
        <translation>Las filas de límite y de nacionalidad cuentan los términos propios del acuerdo cuando su texto o una fuente sobre él es una prueba: una fuente que cita el registro, o una que usted marque en la página del acuerdo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="152"/>
        <source>a month</source>
        <translation>al mes</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="152"/>
        <source>a year</source>
        <translation>al año</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="154"/>
        <source>The library holds no agreement record for this country.</source>
        <translation>La biblioteca no tiene un registro de acuerdo para este país.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="155"/>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="156"/>
        <source>The respondent is a national of {nat}.</source>
        <translation>El demandado es nacional de {nat}.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="159"/>
        <source>{nat} is not among the nationalities covered.</source>
        <translation>{nat} no está entre las nacionalidades cubiertas.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="160"/>
        <source>{nat} is among the nationalities covered.</source>
        <translation>{nat} está entre las nacionalidades cubiertas.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="163"/>
        <source>{nat} is among the stated preference.</source>
        <translation>{nat} está entre las nacionalidades preferidas.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="165"/>
        <source>{nat} is not among the stated preference.</source>
        <translation>{nat} no está entre las nacionalidades preferidas.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="166"/>
        <source>The record does not say clearly who may be transferred.</source>
        <translation>El registro no dice con claridad quién puede ser trasladado.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="168"/>
        <source>The respondent arrived as an unaccompanied child.</source>
        <translation>El demandado llegó como niño no acompañado.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="170"/>
        <source>The case does not say the respondent arrived as an unaccompanied child.</source>
        <translation>El caso no indica que el demandado llegó como niño no acompañado.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="171"/>
        <source>The case does not record criminal history: check it.</source>
        <translation>El caso no registra antecedentes penales: verifíquelo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="172"/>
        <source>The case has no date of entry.</source>
        <translation>El caso no tiene fecha de entrada.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="174"/>
        <source>Entry on {date}, before the rule&apos;s date.</source>
        <translation>Entrada el {date}, antes de la fecha de la regla.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="175"/>
        <source>Entry on {date}.</source>
        <translation>Entrada el {date}.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="177"/>
        <source>A cap of {n} {period}: ask whether it has been reached.</source>
        <translation>Un límite de {n} {period}: pregunte si ya se alcanzó.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/cases/screen_panel.py" line="179"/>
        <source>The receiving country may refuse the respondent.</source>
        <translation>El país receptor puede rechazar al demandado.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_box.py" line="95"/>
        <source>Search sources, e.g. gang* deportees</source>
        <translation>Buscar en las fuentes, p. ej. pandilla* deportados</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_box.py" line="96"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_box.py" line="98"/>
        <source>Search every page of every source ({shortcut})</source>
        <translation>Buscar en cada página de cada fuente ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_box.py" line="104"/>
        <location filename="../../evidence_app/ui/library_view/search_box.py" line="105"/>
        <source>Related terms</source>
        <translation>Términos relacionados</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_box.py" line="107"/>
        <source>Also find related words and their English or Spanish equivalents</source>
        <translation>Encontrar también palabras relacionadas y sus equivalentes en inglés o en español</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_box.py" line="109"/>
        <location filename="../../evidence_app/ui/library_view/search_box.py" line="110"/>
        <source>How to search</source>
        <translation>Cómo buscar</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_controller.py" line="117"/>
        <source>Still searching…</source>
        <translation>Sigue buscando…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_controller.py" line="126"/>
        <source>Still searching… this search is taking long.</source>
        <translation>Sigue buscando… esta búsqueda está tardando mucho.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/library_view/search_controller.py" line="131"/>
        <source>The search took more than %n seconds and was stopped; the search was restarted. Search again, perhaps with fewer or more precise words.</source>
        <translation>
            <numerusform>La búsqueda tardó más de %n segundo y se detuvo; la búsqueda se reinició. Busque de nuevo, quizá con menos palabras o más precisas.</numerusform>
            <numerusform>La búsqueda tardó más de %n segundos y se detuvo; la búsqueda se reinició. Busque de nuevo, quizá con menos palabras o más precisas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchHistory</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_history.py" line="74"/>
        <location filename="../../evidence_app/ui/library_view/search_history.py" line="75"/>
        <source>Recent and saved searches</source>
        <translation>Búsquedas recientes y guardadas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_history.py" line="121"/>
        <source>Save search</source>
        <translation>Guardar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_history.py" line="122"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_history.py" line="152"/>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_history.py" line="157"/>
        <source>Save this search…</source>
        <translation>Guardar esta búsqueda…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_history.py" line="159"/>
        <source>Recent searches</source>
        <translation>Búsquedas recientes</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_history.py" line="163"/>
        <source>No searches yet</source>
        <translation>Aún no hay búsquedas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_history.py" line="166"/>
        <source>Clear recent searches</source>
        <translation>Borrar las búsquedas recientes</translation>
    </message>
</context>
<context>
    <name>SourceActions</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/source_actions.py" line="73"/>
        <source>Delete “{title}” from the library? Its stored file is removed too.</source>
        <translation>¿Eliminar «{title}» de la biblioteca? También se borra su archivo guardado.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/source_actions.py" line="76"/>
        <source>Delete “{title}” and its {count} excerpts from the library? Its stored file is removed too.</source>
        <translation>¿Eliminar «{title}» y sus {count} extractos de la biblioteca? También se borra su archivo guardado.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/source_actions.py" line="80"/>
        <source>Delete source</source>
        <translation>Eliminar fuente</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="126"/>
        <source>Source of a fact</source>
        <translation>Fuente de un dato</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="132"/>
        <source>The agreement&apos;s official text (or the government&apos;s publication of it)</source>
        <translation>El texto oficial del acuerdo (o su publicación por el gobierno)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="143"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="144"/>
        <source>&amp;Publisher:</source>
        <translation>&amp;Editor:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="145"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/agreements/fact_editor.py" line="146"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
</context>
<context>
    <name>SourceHeader</name>
    <message>
        <location filename="../../evidence_app/ui/reader/source_header.py" line="55"/>
        <source>Text from a bundle, unverified: this text came with the source from another library and could not be read from the original file here.</source>
        <translation>Texto de un lote, sin verificar: este texto llegó con la fuente desde otra biblioteca y no se pudo leer del archivo original aquí.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/source_header.py" line="64"/>
        <source>No source open</source>
        <translation>Ninguna fuente abierta</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/source_header.py" line="65"/>
        <source>Choose a search result or a source to read it here.</source>
        <translation>Elija un resultado de búsqueda o una fuente para leerla aquí.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/source_header.py" line="93"/>
        <source>Editions: %1</source>
        <translation>Ediciones: %1</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/source_header.py" line="96"/>
        <source>A newer edition is in the library: %1.</source>
        <translation>Hay una edición más reciente en la biblioteca: %1.</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="96"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="97"/>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="98"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="99"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="100"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="101"/>
        <source>Risk types</source>
        <translation>Tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="102"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="103"/>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="109"/>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="114"/>
        <source>%1 (auto)</source>
        <translation>%1 (auto)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="119"/>
        <source>(auto): applied automatically at import, from the title, address, file name or text. Edit the tags to confirm or change them.</source>
        <translation>(auto): puesta automáticamente al importar, por el título, la dirección, el nombre del archivo o el texto. Edite las etiquetas para confirmarlas o cambiarlas.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="135"/>
        <source>%1
Scanned: no text yet. Open it to view the original or run OCR.</source>
        <translation>%1
Escaneado: aún sin texto. Ábralo para ver el original o aplicar OCR.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="138"/>
        <source>%1 (scan, needs OCR)</source>
        <translation>%1 (escaneo, necesita OCR)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="142"/>
        <source>From its passages (you set none): %1</source>
        <translation>De sus pasajes (usted no indicó ninguno): %1</translation>
    </message>
</context>
<context>
    <name>SourcesTable</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="231"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="284"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="285"/>
        <source>Edit details…</source>
        <translation>Editar datos…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="286"/>
        <source>Add to case…</source>
        <translation>Añadir a un caso…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="287"/>
        <source>Attach English translation…</source>
        <translation>Adjuntar traducción al inglés…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="290"/>
        <source>Remove translation</source>
        <translation>Quitar la traducción</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="298"/>
        <source>%1 (%2 sources)</source>
        <translation>%1 (%2 fuentes)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/sources_table.py" line="306"/>
        <source>Delete source…</source>
        <translation>Eliminar fuente…</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="109"/>
        <source>Evidence Library</source>
        <translation>Evidence Library</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="112"/>
        <source>Collect reports about the countries where the United States sends people seeking asylum, find the passages that show the danger they would face there, clip them with their page numbers, and export a cited evidence packet for court.</source>
        <translation>Reúna informes sobre los países a los que Estados Unidos envía a personas que piden asilo, encuentre los pasajes que muestran el peligro que correrían allí, recórtelos con su número de página y exporte un paquete de pruebas con citas para el tribunal.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="118"/>
        <source>Add the State Department reports for the ACA countries, 2016–2024
81 reports, no internet needed</source>
        <translation>Añadir los informes del Departamento de Estado sobre los países ACA, 2016–2024
81 informes, sin necesidad de internet</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="121"/>
        <source>The U.S. State Department&apos;s Country Reports on Human Rights Practices for Belize, Ecuador, El Salvador, Guatemala, Honduras, Mexico, Panama, Paraguay and Uganda, shipped with the app. You can remove any of them later.</source>
        <translation>Los informes de país sobre prácticas de derechos humanos del Departamento de Estado de EE. UU. sobre Belice, Ecuador, El Salvador, Guatemala, Honduras, México, Panamá, Paraguay y Uganda, incluidos en la aplicación. Puede eliminar cualquiera de ellos más adelante.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="124"/>
        <source>Import sources…</source>
        <translation>Importar fuentes…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="126"/>
        <source>Add PDF files, saved web pages, text or Word files (Ctrl+O)</source>
        <translation>Añadir archivos PDF, páginas web guardadas, texto o archivos de Word (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="128"/>
        <source>Open a library…</source>
        <translation>Abrir una biblioteca…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="129"/>
        <source>Open a library folder someone shared with you</source>
        <translation>Abrir la carpeta de una biblioteca que alguien compartió con usted</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="132"/>
        <source>&lt;ol style=&apos;margin-left:0&apos;&gt;&lt;li&gt;&lt;b&gt;Import&lt;/b&gt; reports from the State Department, the UN, human-rights groups and the news.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Search&lt;/b&gt; for words such as &lt;i&gt;extortion&lt;/i&gt; or &lt;i&gt;deportees&lt;/i&gt;, and narrow the results by country and risk type.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Clip&lt;/b&gt; a passage: select it in the reader and press Clip (Ctrl+K). The page number is kept for the citation.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Export&lt;/b&gt; the excerpts and pages as one numbered packet.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&apos;margin-left:0&apos;&gt;&lt;li&gt;&lt;b&gt;Importe&lt;/b&gt; informes del Departamento de Estado, de la ONU, de organizaciones de derechos humanos y de la prensa.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Busque&lt;/b&gt; palabras como &lt;i&gt;extorsión&lt;/i&gt; o &lt;i&gt;deportados&lt;/i&gt; y filtre los resultados por país y tipo de riesgo.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Recorte&lt;/b&gt; un pasaje: selecciónelo en el lector y pulse Recortar (Ctrl+K). Se guarda el número de página para la cita.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Exporte&lt;/b&gt; los extractos y las páginas como un solo paquete numerado.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="143"/>
        <source>What are ACA countries?</source>
        <translation>¿Qué son los países ACA?</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="146"/>
        <source>Under Asylum Cooperative Agreements (ACAs) the United States can send a person who asks for asylum to another country and tell them to seek protection there instead. The countries with an agreement now are &lt;b&gt;Belize, Ecuador, Guatemala, Honduras, Paraguay and Uganda&lt;/b&gt;. El Salvador signed one in 2019, but that agreement ended. Reports that show people are in danger in those countries, or cannot get a fair asylum process there, are the evidence this app helps you gather. ACA countries are listed first and marked in the app.</source>
        <translation>Con los Acuerdos de Cooperación en materia de Asilo (ACA), Estados Unidos puede enviar a otro país a una persona que pide asilo y decirle que busque protección allí. Hoy tienen acuerdo &lt;b&gt;Belice, Ecuador, Guatemala, Honduras, Paraguay y Uganda&lt;/b&gt;. El Salvador firmó uno en 2019, pero ese acuerdo terminó. Los informes que muestran que las personas corren peligro en esos países, o que allí no pueden tener un proceso de asilo justo, son las pruebas que esta aplicación le ayuda a reunir. En la aplicación, los países ACA aparecen primero y marcados.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="155"/>
        <source>What are risk tags?</source>
        <translation>¿Qué son las etiquetas de riesgo?</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="158"/>
        <source>Every source and excerpt can be tagged with countries and with &lt;b&gt;risk types&lt;/b&gt;: for example gang violence, violence against women, danger for LGBTQI people, or no fair asylum procedure. Risk types are grouped by the legal question they help answer, such as risk of persecution, risk of torture, or being sent on to the country the person fled. The app suggests tags from the text; accept one with a single click.</source>
        <translation>Cada fuente y cada extracto pueden etiquetarse con países y con &lt;b&gt;tipos de riesgo&lt;/b&gt;: por ejemplo violencia de pandillas, violencia contra las mujeres, peligro para personas LGBTQI o falta de un procedimiento de asilo justo. Los tipos de riesgo se agrupan según la cuestión jurídica que ayudan a responder, como el riesgo de persecución, el riesgo de tortura o el envío al país del que la persona huyó. La aplicación sugiere etiquetas a partir del texto; acepte una con un solo clic.</translation>
    </message>
</context>
<context>
    <name>StarterRun</name>
    <message>
        <location filename="../../evidence_app/ui/dialogs/starter_dialog.py" line="38"/>
        <location filename="../../evidence_app/ui/dialogs/starter_dialog.py" line="82"/>
        <location filename="../../evidence_app/ui/dialogs/starter_dialog.py" line="99"/>
        <location filename="../../evidence_app/ui/dialogs/starter_dialog.py" line="106"/>
        <location filename="../../evidence_app/ui/dialogs/starter_dialog.py" line="123"/>
        <source>Starter library</source>
        <translation>Biblioteca inicial</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/starter_dialog.py" line="39"/>
        <source>Adding the State Department reports…</source>
        <translation>Añadiendo los informes del Departamento de Estado…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/starter_dialog.py" line="71"/>
        <source>Added {added} reports to the library.</source>
        <translation>Se añadieron {added} informes a la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/starter_dialog.py" line="73"/>
        <source>The starter reports are already in the library.</source>
        <translation>Los informes iniciales ya están en la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/starter_dialog.py" line="107"/>
        <source>You removed {count} of the starter reports from this library. Bring them back too?</source>
        <translation>Eliminó {count} de los informes iniciales de esta biblioteca. ¿Quiere recuperarlos también?</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/starter_dialog.py" line="124"/>
        <source>{present} of the {total} starter reports are in the library: nothing new to add.</source>
        <translation>{present} de los {total} informes iniciales están en la biblioteca: no hay nada nuevo que añadir.</translation>
    </message>
</context>
<context>
    <name>SyntaxHelp</name>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_box.py" line="33"/>
        <source>pages with both words</source>
        <translation>páginas con ambas palabras</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_box.py" line="34"/>
        <source>the exact phrase</source>
        <translation>la frase exacta</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_box.py" line="35"/>
        <source>both words within 5 words of each other</source>
        <translation>ambas palabras a 5 palabras o menos una de otra</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_box.py" line="36"/>
        <source>either word</source>
        <translation>cualquiera de las dos palabras</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_box.py" line="37"/>
        <source>the first word without the second</source>
        <translation>la primera palabra sin la segunda</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_box.py" line="38"/>
        <source>words starting with deport</source>
        <translation>palabras que empiezan por deport</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_box.py" line="43"/>
        <source>How to search</source>
        <translation>Cómo buscar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_view/search_box.py" line="46"/>
        <source>Words match their other forms (gang, gangs). Turn on “Related terms” to also find equivalent words in English and Spanish, such as pandilla for gang. Use the filters on the left to narrow by country, risk, kind, language or year.</source>
        <translation>Las palabras coinciden con sus otras formas (pandilla, pandillas). Active «Términos relacionados» para encontrar también palabras equivalentes en inglés y en español, como gang para pandilla. Use los filtros de la izquierda para acotar por país, riesgo, tipo, idioma o año.</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="94"/>
        <source>Find a country…</source>
        <translation>Buscar un país…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="95"/>
        <source>Find a country</source>
        <translation>Buscar un país</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="96"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="100"/>
        <source>Find a risk type…</source>
        <translation>Buscar un tipo de riesgo…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="101"/>
        <source>Find a risk type</source>
        <translation>Buscar un tipo de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="102"/>
        <source>Risk types</source>
        <translation>Tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="218"/>
        <source>Asylum Cooperative Agreement (ACA) countries</source>
        <translation>Países con Acuerdo de Asilo (ACA)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="220"/>
        <source>Countries the US has sent or agreed to send asylum seekers to</source>
        <translation>Países a los que EE. UU. ha enviado o acordado enviar a solicitantes de asilo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="230"/>
        <source>All other countries</source>
        <translation>Todos los demás países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="277"/>
        <source>Hidden risk types</source>
        <translation>Tipos de riesgo ocultos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="280"/>
        <source>This risk type is hidden in the taxonomy.</source>
        <translation>Este tipo de riesgo está oculto en la taxonomía.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="313"/>
        <source>%1 (auto)</source>
        <translation>%1 (auto)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="318"/>
        <source>Selected: %1</source>
        <translation>Seleccionados: %1</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="320"/>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="327"/>
        <source>Applied automatically:</source>
        <translation>Puestas automáticamente:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="331"/>
        <source>%1 was applied automatically at import, from the title, address, file name or text. Click to keep it as your tag.</source>
        <translation>%1 se puso automáticamente al importar, por el título, la dirección, el nombre del archivo o el texto. Haga clic para conservarla como etiqueta suya.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="343"/>
        <source>Suggested:</source>
        <translation>Sugeridos:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_picker.py" line="347"/>
        <source>Add %1 (found in the text)</source>
        <translation>Añadir %1 (encontrado en el texto)</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_labels.py" line="35"/>
        <source>Risk of persecution</source>
        <translation>Riesgo de persecución</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_labels.py" line="36"/>
        <source>Risk of torture</source>
        <translation>Riesgo de tortura</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_labels.py" line="37"/>
        <source>Refoulement or chain refoulement</source>
        <translation>Devolución o devolución en cadena</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_labels.py" line="38"/>
        <source>Access to a full and fair asylum procedure</source>
        <translation>Acceso a un procedimiento de asilo completo y justo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_labels.py" line="41"/>
        <source>Numerical cap on transfers</source>
        <translation>Límite numérico de traslados</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_labels.py" line="42"/>
        <source>Nationalities the country will not accept</source>
        <translation>Nacionalidades que el país no acepta</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/widgets/tag_labels.py" line="43"/>
        <source>Other risk types</source>
        <translation>Otros tipos de riesgo</translation>
    </message>
</context>
<context>
    <name>TaxonomyDialog</name>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="66"/>
        <source>Countries and risk types</source>
        <translation>Países y tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="73"/>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="90"/>
        <source>Risk types</source>
        <translation>Tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="76"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="92"/>
        <source>&amp;Add risk type</source>
        <translation>&amp;Añadir tipo de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="111"/>
        <source>One word or phrase per line, English or Spanish</source>
        <translation>Una palabra o frase por línea, en inglés o en español</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="115"/>
        <source>&amp;Save risk type</source>
        <translation>&amp;Guardar tipo de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="121"/>
        <source>Short name:</source>
        <translation>Nombre corto:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="122"/>
        <source>English &amp;label:</source>
        <translation>&amp;Etiqueta en inglés:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="123"/>
        <source>S&amp;panish label:</source>
        <translation>Etiqueta en e&amp;spañol:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="124"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="125"/>
        <source>Legal &amp;element:</source>
        <translation>E&amp;lemento jurídico:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="126"/>
        <source>Pa&amp;rent:</source>
        <translation>Tipo &amp;superior:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="127"/>
        <source>&amp;Keywords:</source>
        <translation>&amp;Palabras clave:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="165"/>
        <source>%1 (hidden)</source>
        <translation>%1 (oculto)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="179"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="212"/>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="212"/>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="232"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="214"/>
        <source>Offer this risk type again when tagging</source>
        <translation>Volver a ofrecer este tipo de riesgo al etiquetar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="215"/>
        <source>Stop offering this risk type when tagging; existing tags stay</source>
        <translation>Dejar de ofrecer este tipo de riesgo al etiquetar; las etiquetas existentes se conservan</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="218"/>
        <source>Hidden: not offered when tagging.</source>
        <translation>Oculto: no se ofrece al etiquetar.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="234"/>
        <source>New risk type: fill in the labels, then Save.</source>
        <translation>Nuevo tipo de riesgo: escriba las etiquetas y luego pulse Guardar.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="248"/>
        <source>The English label must not be empty.</source>
        <translation>La etiqueta en inglés no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/dialogs/taxonomy_dialog.py" line="286"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>ThumbnailsModel</name>
    <message>
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="115"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>TranslationActions</name>
    <message>
        <location filename="../../evidence_app/ui/reader/translation_actions.py" line="57"/>
        <source>English translation of source %1</source>
        <translation>Traducción al inglés de la fuente %1</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/translation_actions.py" line="59"/>
        <source>Translations (*.pdf *.docx *.txt *.text *.md);;All files (*)</source>
        <translation>Traducciones (*.pdf *.docx *.txt *.text *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/translation_actions.py" line="74"/>
        <location filename="../../evidence_app/ui/reader/translation_actions.py" line="88"/>
        <source>Attach English translation</source>
        <translation>Adjuntar traducción al inglés</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/translation_actions.py" line="75"/>
        <source>Replace the translation already attached (%1)?</source>
        <translation>¿Sustituir la traducción ya adjunta (%1)?</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/translation_actions.py" line="82"/>
        <source>English translation %1 attached: it follows the original in packets, with a certificate of translation.</source>
        <translation>Traducción al inglés %1 adjunta: sigue al original en los paquetes, con un certificado de traducción.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader/translation_actions.py" line="100"/>
        <source>Remove translation</source>
        <translation>Quitar la traducción</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../evidence_app/ui/unsaved.py" line="20"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/unsaved.py" line="22"/>
        <source>Save the changes to the details of “%1”?</source>
        <translation>¿Guardar los cambios en los datos de «%1»?</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/unsaved.py" line="24"/>
        <source>If you don&apos;t save, the changes are lost.</source>
        <translation>Si no los guarda, los cambios se perderán.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/unsaved.py" line="26"/>
        <source>The details of “%1” have errors and cannot be saved.</source>
        <translation>Los datos de «%1» tienen errores y no se pueden guardar.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/unsaved.py" line="28"/>
        <source>Discard the changes, or cancel and correct the marked fields.</source>
        <translation>Descarte los cambios, o cancele y corrija los campos marcados.</translation>
    </message>
</context>
<context>
    <name>WindowExtras</name>
    <message>
        <location filename="../../evidence_app/ui/window_extras.py" line="80"/>
        <source>Citation copied: %1</source>
        <translation>Cita copiada: %1</translation>
    </message>
</context>
<context>
    <name>WindowUndo</name>
    <message>
        <location filename="../../evidence_app/ui/window_undo.py" line="190"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/window_undo.py" line="191"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/window_undo.py" line="192"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/window_undo.py" line="193"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/window_undo.py" line="205"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/window_undo.py" line="218"/>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/window_undo.py" line="222"/>
        <source>Deleted “%1”. Edit ▸ Undo brings it back.</source>
        <translation>Se eliminó «%1». Editar ▸ Deshacer la recupera.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/window_undo.py" line="226"/>
        <source>Delete source</source>
        <translation>Eliminar fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/window_undo.py" line="240"/>
        <source>Remove Tab %1</source>
        <translation>Quitar la pestaña %1</translation>
    </message>
</context>
</TS>
