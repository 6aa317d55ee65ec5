<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <location filename="../../evidence_app/app.py" line="74" />
        <source>Cannot open the library</source>
        <translation>No se puede abrir la biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/app.py" line="77" />
        <source>Open another library…</source>
        <translation>Abrir otra biblioteca…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/app.py" line="82" />
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/app.py" line="84" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../evidence_app/app.py" line="92" />
        <source>Open a library folder</source>
        <translation>Abrir la carpeta de una biblioteca</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <location filename="../../evidence_app/ui/excerpt_dialog.py" line="37" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpt_dialog.py" line="45" />
        <source>“%1”
— %2</source>
        <translation>«%1»
— %2</translation>
    </message>
</context>
<context>
    <name>CountriesModel</name>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="68" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="68" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="68" />
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="68" />
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="69" />
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="69" />
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="69" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>CountriesTab</name>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="114" />
        <source>Find a country…</source>
        <translation>Buscar un país…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="116" />
        <source>Only countries with an agreement</source>
        <translation>Solo países con acuerdo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="127" />
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="140" />
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="143" />
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="149" />
        <source>Save &amp;country</source>
        <translation>Guardar &amp;país</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="153" />
        <source>&amp;Agreement:</source>
        <translation>&amp;Acuerdo:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="155" />
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="155" />
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="156" />
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="159" />
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="160" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="216" />
        <source>Write dates as YYYY, YYYY-MM or YYYY-MM-DD, for example 2019-07-26.</source>
        <translation>Escriba las fechas como AAAA, AAAA-MM o AAAA-MM-DD, por ejemplo 2019-07-26.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/countries_tab.py" line="235" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="19" />
        <source>The PDF is password-protected. Import it again and give its password.</source>
        <translation>El PDF está protegido con contraseña. Impórtelo de nuevo e indique la contraseña.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="22" />
        <source>It has no text (a scanned image?); it needs OCR to be searched.</source>
        <translation>No tiene texto (¿es una imagen escaneada?); necesita OCR para poder buscar en él.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="25" />
        <source>The file is damaged and could not be read.</source>
        <translation>El archivo está dañado y no se pudo leer.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="26" />
        <source>This kind of file is not supported. Import PDF files, saved web pages (HTML), plain text or Word (DOCX) documents.</source>
        <translation>Este tipo de archivo no es compatible. Importe archivos PDF, páginas web guardadas (HTML), texto sin formato o documentos de Word (DOCX).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="31" />
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="32" />
        <source>The file is too large to import.</source>
        <translation>El archivo es demasiado grande para importarlo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="33" />
        <source>Reading the file took too long and was stopped. It may be damaged or unusually complex.</source>
        <translation>La lectura del archivo tardó demasiado y se detuvo. Puede estar dañado o ser inusualmente complejo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="38" />
        <source>The file could not be imported.</source>
        <translation>No se pudo importar el archivo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="45" />
        <location filename="../../evidence_app/ui/errors.py" line="90" />
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="53" />
        <source>Dates must be written as YYYY, YYYY-MM or YYYY-MM-DD (for example 2024-03-15).</source>
        <translation>Las fechas se escriben como AAAA, AAAA-MM o AAAA-MM-DD (por ejemplo 2024-03-15).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="58" />
        <source>Choose one of the listed kinds of source.</source>
        <translation>Elija uno de los tipos de fuente de la lista.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="60" />
        <source>“{value}” is not a known country code.</source>
        <translation>«{value}» no es un código de país conocido.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="62" />
        <source>“{value}” is not a risk type in this library.</source>
        <translation>«{value}» no es un tipo de riesgo de esta biblioteca.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="66" />
        <source>The short name “{value}” cannot be used: use lower-case letters, digits, - and _, and a name no other risk type has.</source>
        <translation>No se puede usar el nombre corto «{value}»: use minúsculas, dígitos, - y _, y un nombre que no tenga otro tipo de riesgo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="72" />
        <source>The English label must not be empty.</source>
        <translation>La etiqueta en inglés no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="74" />
        <source>The selected text is outside the page. Select the text again.</source>
        <translation>El texto seleccionado está fuera de la página. Selecciónelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="76" />
        <source>This source has excerpts. Delete the excerpts too, or keep the source.</source>
        <translation>Esta fuente tiene extractos. Elimine también los extractos o conserve la fuente.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="79" />
        <source>The value “{value}” for “{field}” is not valid ({reason}).</source>
        <translation>El valor «{value}» de «{field}» no es válido ({reason}).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="94" />
        <source>The library in {path} is already open in another window or program ({holder}). Close it there first, or open a different library.</source>
        <translation>La biblioteca de {path} ya está abierta en otra ventana o programa ({holder}). Ciérrela allí primero o abra otra biblioteca.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="98" />
        <source>unknown program</source>
        <translation>programa desconocido</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="100" />
        <source>The library in {path} was saved by a newer version of Evidence Library. Update the app to open it.</source>
        <translation>La biblioteca de {path} se guardó con una versión más reciente de Evidence Library. Actualice la aplicación para abrirla.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="106" />
        <source>This item no longer exists; it may have been deleted ({what} {key}).</source>
        <translation>Este elemento ya no existe; puede que se haya eliminado ({what} {key}).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="112" />
        <source>The quoted text was not found on page {page}.</source>
        <translation>No se encontró el texto citado en la página {page}.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="116" />
        <source>The search index cannot be used right now. Rebuild it from the Library menu.</source>
        <translation>Ahora no se puede usar el índice de búsqueda. Reconstrúyalo desde el menú Biblioteca.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="120" />
        <source>The work was cancelled.</source>
        <translation>Se canceló el trabajo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="122" />
        <source>Permission denied: {path}</source>
        <translation>Permiso denegado: {path}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="124" />
        <source>The file or folder does not exist: {path}</source>
        <translation>El archivo o la carpeta no existe: {path}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="128" />
        <source>The file or folder could not be read or written: {detail}</source>
        <translation>No se pudo leer o escribir el archivo o la carpeta: {detail}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="132" />
        <source>The library database could not be read or written ({detail}). Close other programs using it, or run a library check.</source>
        <translation>No se pudo leer o escribir la base de datos de la biblioteca ({detail}). Cierre otros programas que la usen o revise la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="137" />
        <source>Something went wrong: {detail}</source>
        <translation>Algo salió mal: {detail}</translation>
    </message>
</context>
<context>
    <name>ExcerptDialog</name>
    <message>
        <location filename="../../evidence_app/ui/excerpt_dialog.py" line="83" />
        <source>Edit excerpt</source>
        <translation>Editar extracto</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpt_dialog.py" line="83" />
        <source>New excerpt</source>
        <translation>Nuevo extracto</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpt_dialog.py" line="96" />
        <source>Quoted text</source>
        <translation>Texto citado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpt_dialog.py" line="105" />
        <source>Citation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpt_dialog.py" line="108" />
        <source>Why this passage matters (optional)</source>
        <translation>Por qué importa este pasaje (opcional)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpt_dialog.py" line="109" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpt_dialog.py" line="118" />
        <source>Quote</source>
        <translation>Cita textual</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpt_dialog.py" line="122" />
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpt_dialog.py" line="124" />
        <source>Risk types</source>
        <translation>Tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpt_dialog.py" line="130" />
        <source>The tags start as the source's tags; change them for this excerpt only.</source>
        <translation>Las etiquetas empiezan como las de la fuente; cámbielas solo para este extracto.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpt_dialog.py" line="143" />
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpt_dialog.py" line="212" />
        <source>Could not save the excerpt</source>
        <translation>No se pudo guardar el extracto</translation>
    </message>
</context>
<context>
    <name>ExcerptsPanel</name>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="183" />
        <source>Filter excerpts…</source>
        <translation>Filtrar extractos…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="184" />
        <source>Filter excerpts by words</source>
        <translation>Filtrar extractos por palabras</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="185" />
        <source>Filter by country</source>
        <translation>Filtrar por país</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="186" />
        <source>Filter by risk type</source>
        <translation>Filtrar por tipo de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="187" />
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="367" />
        <source>Excerpts</source>
        <translation>Extractos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="188" />
        <source>&amp;Open at page</source>
        <translation>&amp;Abrir en la página</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="189" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="190" />
        <source>Edit the note and tags of the excerpt</source>
        <translation>Editar la nota y las etiquetas del extracto</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="191" />
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="192" />
        <source>Copy the quote with its citation (Ctrl+C)</source>
        <translation>Copiar la cita textual con su referencia (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="193" />
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="194" />
        <source>Delete the selected excerpts (you can undo)</source>
        <translation>Eliminar los extractos seleccionados (se puede deshacer)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="195" />
        <source>Undo the last delete or restore (Ctrl+Z)</source>
        <translation>Deshacer la última eliminación o restauración (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="197" />
        <source>No excerpts yet. Select a passage in the reader and press Clip (Ctrl+K).</source>
        <translation>Aún no hay extractos. Seleccione un pasaje en el lector y pulse Recortar (Ctrl+K).</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="264" />
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="267" />
        <source>All risk types</source>
        <translation>Todos los tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="283" />
        <source>%1 (ACA)</source>
        <translation>%1 (ACA)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="343" />
        <source>Delete excerpt from %1</source>
        <translation>Eliminar extracto de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/excerpts_panel.py" line="347" />
        <source>Delete %n excerpts</source>
        <translation><numerusform>Eliminar %n extracto</numerusform><numerusform>Eliminar %n extractos</numerusform></translation>
    </message>
</context>
<context>
    <name>ExcerptsTableModel</name>
    <message>
        <location filename="../../evidence_app/ui/excerpts_model.py" line="51" />
        <source>Quote</source>
        <translation>Cita textual</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_model.py" line="51" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_model.py" line="51" />
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_model.py" line="51" />
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_model.py" line="52" />
        <source>Risk types</source>
        <translation>Tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_model.py" line="52" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/excerpts_model.py" line="52" />
        <source>Clipped</source>
        <translation>Recortado</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../evidence_app/ui/facets.py" line="227" />
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/facets.py" line="232" />
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/facets.py" line="233" />
        <source>Risk types</source>
        <translation>Tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/facets.py" line="234" />
        <source>Kinds of source</source>
        <translation>Tipos de fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/facets.py" line="235" />
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/facets.py" line="236" />
        <source>Publication years</source>
        <translation>Años de publicación</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/facets.py" line="240" />
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/facets.py" line="241" />
        <source>Show results from every country, risk and year</source>
        <translation>Mostrar resultados de todos los países, riesgos y años</translation>
    </message>
</context>
<context>
    <name>FacetRow</name>
    <message>
        <location filename="../../evidence_app/ui/facets.py" line="88" />
        <source>ACA</source>
        <translation>ACA</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/facets.py" line="89" />
        <source>Asylum Cooperative Agreement country</source>
        <translation>País con Acuerdo de Cooperación de Asilo (ACA)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/facets.py" line="94" />
        <source>{count} sources</source>
        <translation>{count} fuentes</translation>
    </message>
</context>
<context>
    <name>FacetSection</name>
    <message>
        <location filename="../../evidence_app/ui/facets.py" line="181" />
        <source>Show fewer</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/facets.py" line="181" />
        <source>Show all ({count})</source>
        <translation>Mostrar todos ({count})</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/facets.py" line="186" />
        <source>None in these results</source>
        <translation>Ninguno en estos resultados</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="66" />
        <location filename="../../evidence_app/ui/import_dialog.py" line="370" />
        <source>Import sources</source>
        <translation>Importar fuentes</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="95" />
        <source>Files and folders to import</source>
        <translation>Archivos y carpetas para importar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="98" />
        <source>Add &amp;files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="99" />
        <source>Add f&amp;older…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="100" />
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="114" />
        <source>Apply suggested tags (countries and risk types found in each file's text)</source>
        <translation>Aplicar las etiquetas sugeridas (países y tipos de riesgo encontrados en el texto de cada archivo)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="122" />
        <source>Tags for every file in this import (optional)</source>
        <translation>Etiquetas para todos los archivos de esta importación (opcional)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="127" />
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="130" />
        <location filename="../../evidence_app/ui/import_dialog.py" line="209" />
        <location filename="../../evidence_app/ui/import_dialog.py" line="250" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="141" />
        <source>Files and folders to import:</source>
        <translation>Archivos y carpetas para importar:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="175" />
        <source>Choose files to import</source>
        <translation>Elegir archivos para importar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="177" />
        <source>Sources (%1);;All files (*)</source>
        <translation>Fuentes (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="186" />
        <source>Choose a folder to import</source>
        <translation>Elegir una carpeta para importar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="199" />
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="205" />
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="210" />
        <source>Stop after the file being read now</source>
        <translation>Detener después del archivo que se está leyendo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="247" />
        <source>Looking at the files…</source>
        <translation>Revisando los archivos…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="273" />
        <source>%1 of %2 files</source>
        <translation>%1 de %2 archivos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="280" />
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="321" />
        <source>Password-protected PDF</source>
        <translation>PDF protegido con contraseña</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="322" />
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="350" />
        <source>That password did not open %1.</source>
        <translation>Esa contraseña no abrió %1.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_dialog.py" line="393" />
        <source>Source details (%1 of %2)</source>
        <translation>Datos de la fuente (%1 de %2)</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="44" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="44" />
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="45" />
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="58" />
        <source>&amp;Edit details…</source>
        <translation>&amp;Editar datos…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="60" />
        <source>Check title, publisher, date and tags of the imported sources</source>
        <translation>Revisar título, editorial, fecha y etiquetas de las fuentes importadas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="63" />
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="80" />
        <source>The import was cancelled.</source>
        <translation>La importación se canceló.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="81" />
        <source>Import finished.</source>
        <translation>Importación terminada.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="84" />
        <source>Imported: %1</source>
        <translation>Importados: %1</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="86" />
        <source>Already in the library: %1</source>
        <translation>Ya estaban en la biblioteca: %1</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="90" />
        <source>Imported, but need OCR (no text): %1</source>
        <translation>Importados, pero necesitan OCR (sin texto): %1</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="94" />
        <source>Could not import: %1</source>
        <translation>No se pudieron importar: %1</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="100" />
        <source>Could not import (%1)</source>
        <translation>No se pudieron importar (%1)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="104" />
        <source>Imported, but need OCR (%1)</source>
        <translation>Importados, pero necesitan OCR (%1)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="109" />
        <source>Imported (%1)</source>
        <translation>Importados (%1)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="115" />
        <source>Already in the library (%1)</source>
        <translation>Ya estaban en la biblioteca (%1)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="118" />
        <source>The same file is already in the library.</source>
        <translation>El mismo archivo ya está en la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="140" />
        <source>Enter password…</source>
        <translation>Escribir contraseña…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/import_report.py" line="141" />
        <source>Enter the password for %1</source>
        <translation>Escribir la contraseña de %1</translation>
    </message>
</context>
<context>
    <name>IndexBar</name>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="168" />
        <source>The search index is out of date, so some sources may be missing from results. Rebuilding it takes a moment and runs in the background.</source>
        <translation>El índice de búsqueda está desactualizado, así que pueden faltar fuentes en los resultados. Reconstruirlo lleva un momento y se hace en segundo plano.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="170" />
        <source>Rebuild index</source>
        <translation>Reconstruir índice</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="171" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="195" />
        <source>Rebuilding the search index…</source>
        <translation>Reconstruyendo el índice de búsqueda…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="20" />
        <source>Government report</source>
        <translation>Informe gubernamental</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="21" />
        <source>NGO report</source>
        <translation>Informe de ONG</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="22" />
        <source>UN document</source>
        <translation>Documento de la ONU</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="23" />
        <source>News article</source>
        <translation>Artículo de prensa</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="24" />
        <source>Court decision</source>
        <translation>Decisión judicial</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="25" />
        <source>Testimony</source>
        <translation>Testimonio</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="26" />
        <source>Academic work</source>
        <translation>Trabajo académico</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="27" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="28" />
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="35" />
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="36" />
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="37" />
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="38" />
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="39" />
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="40" />
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="54" />
        <source>p. {label}</source>
        <translation>p. {label}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="69" />
        <source>ACA in force</source>
        <translation>ACA vigente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="70" />
        <source>ACA ended</source>
        <translation>ACA terminado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="71" />
        <source>Safe third country agreement</source>
        <translation>Acuerdo de tercer país seguro</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="72" />
        <source>Approached for an ACA</source>
        <translation>Propuesto para un ACA</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="73" />
        <source>No agreement</source>
        <translation>Sin acuerdo</translation>
    </message>
</context>
<context>
    <name>LibraryMenu</name>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="74" />
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="75" />
        <source>&amp;New library…</source>
        <translation>&amp;Nueva biblioteca…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="76" />
        <source>Start an empty library in a folder you choose</source>
        <translation>Crear una biblioteca vacía en la carpeta que elija</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="77" />
        <source>&amp;Open library…</source>
        <translation>&amp;Abrir biblioteca…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="78" />
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="79" />
        <source>Re&amp;build search index</source>
        <translation>Re&amp;construir el índice de búsqueda</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="93" />
        <source>No recent libraries</source>
        <translation>No hay bibliotecas recientes</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="98" />
        <source>Choose an empty folder for the new library</source>
        <translation>Elija una carpeta vacía para la nueva biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="104" />
        <source>Evidence Library</source>
        <translation>Evidence Library</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="107" />
        <source>New library</source>
        <translation>Nueva biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="108" />
        <source>That folder is not empty. Create the library in a new folder inside it?

{path}</source>
        <translation>Esa carpeta no está vacía. ¿Crear la biblioteca en una carpeta nueva dentro de ella?

{path}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="117" />
        <source>Open a library folder</source>
        <translation>Abrir la carpeta de una biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="124" />
        <source>Open library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/library_menu.py" line="125" />
        <source>There is no library in this folder yet. Start a new library here?

{path}</source>
        <translation>Todavía no hay ninguna biblioteca en esta carpeta. ¿Crear una biblioteca nueva aquí?

{path}</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="125" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="126" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="127" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="128" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="130" />
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="131" />
        <source>Import PDF, HTML, text or Word files</source>
        <translation>Importar archivos PDF, HTML, de texto o de Word</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="132" />
        <source>Import a &amp;folder…</source>
        <translation>Importar una &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="133" />
        <source>Import every supported file in a folder and its subfolders</source>
        <translation>Importar todos los archivos compatibles de una carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="134" />
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="134" />
        <source>Go to the search box</source>
        <translation>Ir al cuadro de búsqueda</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="135" />
        <source>&amp;Clip selection</source>
        <translation>&amp;Recortar la selección</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="136" />
        <source>Save the text selected in the reader as an excerpt</source>
        <translation>Guardar como extracto el texto seleccionado en el lector</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="137" />
        <source>Countries and &amp;risk types…</source>
        <translation>Países y tipos de &amp;riesgo…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="138" />
        <source>Add, rename or hide risk types; edit country details</source>
        <translation>Añadir, renombrar u ocultar tipos de riesgo; editar los datos de los países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="139" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="140" />
        <source>Language and other settings</source>
        <translation>Idioma y otros ajustes</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="141" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="141" />
        <source>Close Evidence Library</source>
        <translation>Cerrar Evidence Library</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="142" />
        <source>How to &amp;search</source>
        <translation>Cómo &amp;buscar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="142" />
        <source>Search syntax with examples</source>
        <translation>Sintaxis de búsqueda con ejemplos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="143" />
        <source>&amp;About Evidence Library</source>
        <translation>&amp;Acerca de Evidence Library</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="144" />
        <source>E&amp;xcerpts</source>
        <translation>E&amp;xtractos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="145" />
        <source>Show or hide the excerpts panel</source>
        <translation>Mostrar u ocultar el panel de extractos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="152" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="153" />
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="170" />
        <source>Import sources</source>
        <translation>Importar fuentes</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="172" />
        <source>Sources (*.pdf *.html *.htm *.txt *.md *.docx);;All files (*)</source>
        <translation>Fuentes (*.pdf *.html *.htm *.txt *.md *.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="182" />
        <source>Import every source in a folder</source>
        <translation>Importar todas las fuentes de una carpeta</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="243" />
        <source>About Evidence Library</source>
        <translation>Acerca de Evidence Library</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_actions.py" line="245" />
        <source>&lt;p&gt;&lt;b&gt;Evidence Library&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline library of human-rights sources about the countries the United States sends asylum seekers to under Asylum Cooperative Agreements. Import reports, search every page, clip excerpts with exact citations and build exhibit packets.&lt;/p&gt;&lt;p&gt;Nothing you import or write leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Evidence Library&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Una biblioteca sin conexión de fuentes de derechos humanos sobre los países a los que Estados Unidos envía a solicitantes de asilo en virtud de Acuerdos de Cooperación de Asilo. Importe informes, busque en cada página, recorte extractos con citas exactas y prepare paquetes de pruebas.&lt;/p&gt;&lt;p&gt;Nada de lo que importe o escriba sale de esta computadora.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="153" />
        <source>Evidence Library — {name}</source>
        <translation>Evidence Library — {name}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="154" />
        <source>Evidence Library</source>
        <translation>Evidence Library</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="156" />
        <source>Excerpts</source>
        <translation>Extractos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="188" />
        <location filename="../../evidence_app/ui/main_window.py" line="191" />
        <source>Cannot open the library</source>
        <translation>No se puede abrir la biblioteca</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="240" />
        <source>No library open</source>
        <translation>Ninguna biblioteca abierta</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="244" />
        <source>{sources} sources · {pages} pages · {excerpts} excerpts</source>
        <translation>{sources} fuentes · {pages} páginas · {excerpts} extractos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="283" />
        <source>1 source</source>
        <translation>1 fuente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/main_window.py" line="283" />
        <source>%n sources</source>
        <translation><numerusform>%n fuente</numerusform><numerusform>%n fuentes</numerusform></translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="331" />
        <source>Delete “{title}” from the library? Its stored file is removed too.</source>
        <translation>¿Eliminar «{title}» de la biblioteca? También se borra su archivo guardado.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="334" />
        <source>Delete “{title}” and its {count} excerpts from the library? Its stored file is removed too.</source>
        <translation>¿Eliminar «{title}» y sus {count} extractos de la biblioteca? También se borra su archivo guardado.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="338" />
        <location filename="../../evidence_app/ui/main_window.py" line="343" />
        <source>Delete source</source>
        <translation>Eliminar fuente</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="70" />
        <source>Source details</source>
        <translation>Datos de la fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="79" />
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="80" />
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="96" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="97" />
        <source>Use today's date</source>
        <translation>Usar la fecha de hoy</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="103" />
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="104" />
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="105" />
        <source>Other or unknown</source>
        <translation>Otro o desconocido</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="108" />
        <source>Other (%1)</source>
        <translation>Otro (%1)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="141" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="142" />
        <source>&amp;Publisher:</source>
        <translation>&amp;Editorial:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="143" />
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="144" />
        <source>Pu&amp;blished:</source>
        <translation>Pu&amp;blicado:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="145" />
        <source>&amp;Web address:</source>
        <translation>Dirección &amp;web:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="149" />
        <source>A&amp;ccessed:</source>
        <translation>&amp;Consultado:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="153" />
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="154" />
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="155" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="161" />
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="163" />
        <source>Risk types</source>
        <translation>Tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="185" />
        <source>File: %1 · %2 pages · added %3</source>
        <translation>Archivo: %1 · %2 páginas · añadido el %3</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="191" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="192" />
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="193" />
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="194" />
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="211" />
        <source>Date published</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="195" />
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="196" />
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="212" />
        <source>Date accessed</source>
        <translation>Fecha de consulta</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="200" />
        <source>Language of the source</source>
        <translation>Idioma de la fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="201" />
        <source>Kind of source</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="202" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="215" />
        <source>%1: write the date as YYYY, YYYY-MM or YYYY-MM-DD, for example 2024 or 2024-03 or 2024-03-15.</source>
        <translation>%1: escriba la fecha como AAAA, AAAA-MM o AAAA-MM-DD, por ejemplo 2024, 2024-03 o 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/metadata_dialog.py" line="300" />
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <location filename="../../evidence_app/ui/reader_pdf.py" line="38" />
        <source>Original page</source>
        <translation>Página original</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader_pdf.py" line="40" />
        <source>The original page is shown here for PDF sources.</source>
        <translation>Aquí se muestra la página original de las fuentes en PDF.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader_pdf.py" line="54" />
        <source>The original file of this source is missing.</source>
        <translation>Falta el archivo original de esta fuente.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader_pdf.py" line="60" />
        <source>This PDF cannot be displayed (it may be damaged or protected).</source>
        <translation>No se puede mostrar este PDF (puede estar dañado o protegido).</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../evidence_app/ui/i18n.py" line="29" />
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../evidence_app/ui/preferences_dialog.py" line="29" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/preferences_dialog.py" line="31" />
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/preferences_dialog.py" line="33" />
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/preferences_dialog.py" line="41" />
        <source>“System” follows the language of your computer (Spanish or English). The new language applies at once; open dialogs change when reopened.</source>
        <translation>«Sistema» sigue el idioma de su computadora (español o inglés). El nuevo idioma se aplica enseguida; los diálogos abiertos cambian al volver a abrirlos.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/preferences_dialog.py" line="50" />
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="152" />
        <location filename="../../evidence_app/ui/reader.py" line="157" />
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="153" />
        <location filename="../../evidence_app/ui/reader.py" line="158" />
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="154" />
        <source>Previous hit</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="155" />
        <source>Next hit</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="159" />
        <source>Previous highlighted word</source>
        <translation>Palabra resaltada anterior</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="160" />
        <source>Next highlighted word</source>
        <translation>Palabra resaltada siguiente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="164" />
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="165" />
        <source>Show the page's text</source>
        <translation>Mostrar el texto de la página</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="166" />
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="167" />
        <source>Show the original PDF page</source>
        <translation>Mostrar la página original del PDF</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="168" />
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="169" />
        <source>Show the text and the original side by side</source>
        <translation>Mostrar el texto y el original uno al lado del otro</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="170" />
        <source>Clip</source>
        <translation>Recortar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="171" />
        <source>Save the selected text as an excerpt (Ctrl+K)</source>
        <translation>Guardar el texto seleccionado como extracto (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="172" />
        <source>Page text</source>
        <translation>Texto de la página</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="209" />
        <source>No source open</source>
        <translation>Ninguna fuente abierta</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="210" />
        <source>Choose a search result or a source to read it here.</source>
        <translation>Elija un resultado de búsqueda o una fuente para leerla aquí.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="359" />
        <source>Select some text on the page first, then clip it.</source>
        <translation>Primero seleccione texto en la página y luego recórtelo.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="388" />
        <source>No page</source>
        <translation>Sin página</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="390" />
        <source>{cite} ({n} of {total})</source>
        <translation>{cite} ({n} de {total})</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="394" />
        <source>No hits</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/reader.py" line="396" />
        <source>Hit {n} of {total}</source>
        <translation>Coincidencia {n} de {total}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../evidence_app/ui/results_models.py" line="53" />
        <source>1 matching page</source>
        <translation>1 página coincide</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_models.py" line="56" />
        <source>{count} matching pages</source>
        <translation>{count} páginas coinciden</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_models.py" line="67" />
        <location filename="../../evidence_app/ui/results_models.py" line="74" />
        <source>Untitled source</source>
        <translation>Fuente sin título</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_models.py" line="95" />
        <source>1 more page</source>
        <translation>1 página más</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_models.py" line="96" />
        <source>{count} more pages</source>
        <translation>{count} páginas más</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_view.py" line="198" />
        <source>Type in the search box to find passages.</source>
        <translation>Escriba en el cuadro de búsqueda para encontrar pasajes.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_view.py" line="201" />
        <source>By source</source>
        <translation>Por fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_view.py" line="203" />
        <source>Sources ranked for the query, with their best pages</source>
        <translation>Fuentes ordenadas según la búsqueda, con sus mejores páginas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_view.py" line="205" />
        <location filename="../../evidence_app/ui/results_view.py" line="216" />
        <source>Best passages</source>
        <translation>Mejores pasajes</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_view.py" line="206" />
        <source>The best pages across all sources, best first</source>
        <translation>Las mejores páginas de todas las fuentes, de mejor a peor</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_view.py" line="210" />
        <source>Most relevant first</source>
        <translation>Más relevantes primero</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_view.py" line="211" />
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_view.py" line="214" />
        <source>Sort results</source>
        <translation>Ordenar resultados</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_view.py" line="215" />
        <source>Results by source</source>
        <translation>Resultados por fuente</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_view.py" line="262" />
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_view.py" line="269" />
        <source>The search could not be understood: {error}</source>
        <translation>No se pudo entender la búsqueda: {error}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_view.py" line="281" />
        <source>No sources match</source>
        <translation>Ninguna fuente coincide</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_view.py" line="283" />
        <source>Nothing matches this search. Try fewer words, turn on “Related terms”, or clear the filters.</source>
        <translation>Nada coincide con esta búsqueda. Pruebe con menos palabras, active «Términos relacionados» o quite los filtros.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_view.py" line="288" />
        <source>1 source matches</source>
        <translation>1 fuente coincide</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/results_view.py" line="290" />
        <source>%n sources match</source>
        <translation><numerusform>%n fuente coincide</numerusform><numerusform>%n fuentes coinciden</numerusform></translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/results_view.py" line="293" />
        <source>{total} sources match, {shown} shown</source>
        <translation>{total} fuentes coinciden, {shown} mostradas</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../evidence_app/ui/search_box.py" line="93" />
        <source>Search sources, e.g. gang* deportees</source>
        <translation>Buscar en las fuentes, p. ej. pandilla* deportados</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/search_box.py" line="94" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/search_box.py" line="96" />
        <source>Search every page of every source ({shortcut})</source>
        <translation>Buscar en cada página de cada fuente ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/search_box.py" line="102" />
        <location filename="../../evidence_app/ui/search_box.py" line="103" />
        <source>Related terms</source>
        <translation>Términos relacionados</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/search_box.py" line="105" />
        <source>Also find related words and their English or Spanish equivalents</source>
        <translation>Encontrar también palabras relacionadas y sus equivalentes en inglés o en español</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/search_box.py" line="107" />
        <location filename="../../evidence_app/ui/search_box.py" line="108" />
        <source>How to search</source>
        <translation>Cómo buscar</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../evidence_app/ui/sources_table.py" line="84" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/sources_table.py" line="85" />
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/sources_table.py" line="86" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/sources_table.py" line="87" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/sources_table.py" line="88" />
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/sources_table.py" line="89" />
        <source>Risk types</source>
        <translation>Tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/sources_table.py" line="90" />
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/sources_table.py" line="91" />
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
</context>
<context>
    <name>SourcesTable</name>
    <message>
        <location filename="../../evidence_app/ui/sources_table.py" line="174" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/sources_table.py" line="212" />
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/sources_table.py" line="213" />
        <source>Edit details…</source>
        <translation>Editar datos…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/sources_table.py" line="215" />
        <source>Delete source…</source>
        <translation>Eliminar fuente…</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="100" />
        <source>Evidence Library</source>
        <translation>Evidence Library</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="103" />
        <source>Collect reports about the countries where the United States sends people seeking asylum, find the passages that show the danger they would face there, clip them with their page numbers, and export a cited evidence packet for court.</source>
        <translation>Reúna informes sobre los países a los que Estados Unidos envía a personas que piden asilo, encuentre los pasajes que muestran el peligro que correrían allí, recórtelos con su número de página y exporte un paquete de pruebas con citas para el tribunal.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="108" />
        <source>Import sources…</source>
        <translation>Importar fuentes…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="110" />
        <source>Add PDF files, saved web pages, text or Word files (Ctrl+O)</source>
        <translation>Añadir archivos PDF, páginas web guardadas, texto o archivos de Word (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="112" />
        <source>Open a library…</source>
        <translation>Abrir una biblioteca…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="113" />
        <source>Open a library folder someone shared with you</source>
        <translation>Abrir la carpeta de una biblioteca que alguien compartió con usted</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="116" />
        <source>&lt;ol style='margin-left:0'&gt;&lt;li&gt;&lt;b&gt;Import&lt;/b&gt; reports from the State Department, the UN, human-rights groups and the news.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Search&lt;/b&gt; for words such as &lt;i&gt;extortion&lt;/i&gt; or &lt;i&gt;deportees&lt;/i&gt;, and narrow the results by country and risk type.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Clip&lt;/b&gt; a passage: select it in the reader and press Clip (Ctrl+K). The page number is kept for the citation.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Export&lt;/b&gt; the excerpts and pages as one numbered packet.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style='margin-left:0'&gt;&lt;li&gt;&lt;b&gt;Importe&lt;/b&gt; informes del Departamento de Estado, de la ONU, de organizaciones de derechos humanos y de la prensa.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Busque&lt;/b&gt; palabras como &lt;i&gt;extorsión&lt;/i&gt; o &lt;i&gt;deportados&lt;/i&gt; y filtre los resultados por país y tipo de riesgo.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Recorte&lt;/b&gt; un pasaje: selecciónelo en el lector y pulse Recortar (Ctrl+K). Se guarda el número de página para la cita.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Exporte&lt;/b&gt; los extractos y las páginas como un solo paquete numerado.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="127" />
        <source>What are ACA countries?</source>
        <translation>¿Qué son los países ACA?</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="130" />
        <source>Under Asylum Cooperative Agreements (ACAs) the United States can send a person who asks for asylum to another country and tell them to seek protection there instead. The countries with an agreement now are &lt;b&gt;Belize, Ecuador, Guatemala, Honduras, Paraguay and Uganda&lt;/b&gt;. El Salvador signed one in 2019, but that agreement ended. Reports that show people are in danger in those countries, or cannot get a fair asylum process there, are the evidence this app helps you gather. ACA countries are listed first and marked in the app.</source>
        <translation>Con los Acuerdos de Cooperación en materia de Asilo (ACA), Estados Unidos puede enviar a otro país a una persona que pide asilo y decirle que busque protección allí. Hoy tienen acuerdo &lt;b&gt;Belice, Ecuador, Guatemala, Honduras, Paraguay y Uganda&lt;/b&gt;. El Salvador firmó uno en 2019, pero ese acuerdo terminó. Los informes que muestran que las personas corren peligro en esos países, o que allí no pueden tener un proceso de asilo justo, son las pruebas que esta aplicación le ayuda a reunir. En la aplicación, los países ACA aparecen primero y marcados.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="139" />
        <source>What are risk tags?</source>
        <translation>¿Qué son las etiquetas de riesgo?</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/start_page.py" line="142" />
        <source>Every source and excerpt can be tagged with countries and with &lt;b&gt;risk types&lt;/b&gt;: for example gang violence, violence against women, danger for LGBTQI people, or no fair asylum procedure. Risk types are grouped by the legal question they help answer, such as risk of persecution, risk of torture, or being sent on to the country the person fled. The app suggests tags from the text; accept one with a single click.</source>
        <translation>Cada fuente y cada extracto pueden etiquetarse con países y con &lt;b&gt;tipos de riesgo&lt;/b&gt;: por ejemplo violencia de pandillas, violencia contra las mujeres, peligro para personas LGBTQI o falta de un procedimiento de asilo justo. Los tipos de riesgo se agrupan según la cuestión jurídica que ayudan a responder, como el riesgo de persecución, el riesgo de tortura o el envío al país del que la persona huyó. La aplicación sugiere etiquetas a partir del texto; acepte una con un solo clic.</translation>
    </message>
</context>
<context>
    <name>SyntaxHelp</name>
    <message>
        <location filename="../../evidence_app/ui/search_box.py" line="33" />
        <source>pages with both words</source>
        <translation>páginas con ambas palabras</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/search_box.py" line="34" />
        <source>the exact phrase</source>
        <translation>la frase exacta</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/search_box.py" line="35" />
        <source>either word</source>
        <translation>cualquiera de las dos palabras</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/search_box.py" line="36" />
        <source>the first word without the second</source>
        <translation>la primera palabra sin la segunda</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/search_box.py" line="37" />
        <source>words starting with deport</source>
        <translation>palabras que empiezan por deport</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/search_box.py" line="42" />
        <source>How to search</source>
        <translation>Cómo buscar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/search_box.py" line="45" />
        <source>Words match their other forms (gang, gangs). Turn on “Related terms” to also find equivalent words in English and Spanish, such as pandilla for gang. Use the filters on the left to narrow by country, risk, kind, language or year.</source>
        <translation>Las palabras coinciden con sus otras formas (pandilla, pandillas). Active «Términos relacionados» para encontrar también palabras equivalentes en inglés y en español, como gang para pandilla. Use los filtros de la izquierda para acotar por país, riesgo, tipo, idioma o año.</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="148" />
        <source>Find a country…</source>
        <translation>Buscar un país…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="149" />
        <source>Find a country</source>
        <translation>Buscar un país</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="150" />
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="154" />
        <source>Find a risk type…</source>
        <translation>Buscar un tipo de riesgo…</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="155" />
        <source>Find a risk type</source>
        <translation>Buscar un tipo de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="156" />
        <source>Risk types</source>
        <translation>Tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="252" />
        <source>Asylum Cooperative Agreement (ACA) countries</source>
        <translation>Países con Acuerdo de Asilo (ACA)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="254" />
        <source>Countries the US has sent or agreed to send asylum seekers to</source>
        <translation>Países a los que EE. UU. ha enviado o acordado enviar a solicitantes de asilo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="264" />
        <source>All other countries</source>
        <translation>Todos los demás países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="311" />
        <source>Hidden risk types</source>
        <translation>Tipos de riesgo ocultos</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="314" />
        <source>This risk type is hidden in the taxonomy.</source>
        <translation>Este tipo de riesgo está oculto en la taxonomía.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="345" />
        <source>Selected: %1</source>
        <translation>Seleccionados: %1</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="347" />
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="354" />
        <source>Suggested:</source>
        <translation>Sugeridos:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="358" />
        <source>Add %1 (found in the text)</source>
        <translation>Añadir %1 (encontrado en el texto)</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="54" />
        <source>Risk of persecution</source>
        <translation>Riesgo de persecución</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="55" />
        <source>Risk of torture</source>
        <translation>Riesgo de tortura</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="56" />
        <source>Refoulement or chain refoulement</source>
        <translation>Devolución o devolución en cadena</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="57" />
        <source>Access to a full and fair asylum procedure</source>
        <translation>Acceso a un procedimiento de asilo completo y justo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="60" />
        <source>Numerical cap on transfers</source>
        <translation>Límite numérico de traslados</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="61" />
        <source>Nationalities the country will not accept</source>
        <translation>Nacionalidades que el país no acepta</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/tag_picker.py" line="62" />
        <source>Other risk types</source>
        <translation>Otros tipos de riesgo</translation>
    </message>
</context>
<context>
    <name>TaxonomyDialog</name>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="64" />
        <source>Countries and risk types</source>
        <translation>Países y tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="71" />
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="88" />
        <source>Risk types</source>
        <translation>Tipos de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="74" />
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="90" />
        <source>&amp;Add risk type</source>
        <translation>&amp;Añadir tipo de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="109" />
        <source>One word or phrase per line, English or Spanish</source>
        <translation>Una palabra o frase por línea, en inglés o en español</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="113" />
        <source>&amp;Save risk type</source>
        <translation>&amp;Guardar tipo de riesgo</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="119" />
        <source>Short name:</source>
        <translation>Nombre corto:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="120" />
        <source>English &amp;label:</source>
        <translation>&amp;Etiqueta en inglés:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="121" />
        <source>S&amp;panish label:</source>
        <translation>Etiqueta en e&amp;spañol:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="122" />
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="123" />
        <source>Legal &amp;element:</source>
        <translation>E&amp;lemento jurídico:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="124" />
        <source>Pa&amp;rent:</source>
        <translation>Tipo &amp;superior:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="125" />
        <source>&amp;Keywords:</source>
        <translation>&amp;Palabras clave:</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="163" />
        <source>%1 (hidden)</source>
        <translation>%1 (oculto)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="177" />
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="210" />
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="210" />
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="230" />
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="212" />
        <source>Offer this risk type again when tagging</source>
        <translation>Volver a ofrecer este tipo de riesgo al etiquetar</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="213" />
        <source>Stop offering this risk type when tagging; existing tags stay</source>
        <translation>Dejar de ofrecer este tipo de riesgo al etiquetar; las etiquetas existentes se conservan</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="216" />
        <source>Hidden: not offered when tagging.</source>
        <translation>Oculto: no se ofrece al etiquetar.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="232" />
        <source>New risk type: fill in the labels, then Save.</source>
        <translation>Nuevo tipo de riesgo: escriba las etiquetas y luego pulse Guardar.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="246" />
        <source>The English label must not be empty.</source>
        <translation>La etiqueta en inglés no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/taxonomy_dialog.py" line="284" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
</TS>