<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419">
<!-- Spanish for WellPlan. We say tú, not usted, everywhere: the plan is the person's own,
     often written on a hard day, and tú is warm and direct without being childish. Keep it
     consistent, plain and non-clinical: "la persona", never "paciente" or "usuario de
     servicios"; no "incumplidor", no "enfermo mental". Neutral Latin American Spanish (es-419),
     as most Spanish speakers in the US speak it: ustedes for a plural you, never vosotros; one
     word per idea, as in glossary-es.toml (tests/test_glossary.py holds us to it). -->
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backups of “%1”</source>
        <translation>Copias de seguridad de “%1”</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar esta copia…</translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation>Mostrar la &amp;carpeta</translation>
    </message>
    <message>
        <source>WellPlan keeps a checked copy of this file each day you open it (the last 7 days and 4 weeks), and one before any restore. They stay on this computer, in %1.</source>
        <translation>WellPlan guarda una copia de seguridad comprobada de este archivo cada día que lo abres (la de los últimos 7 días y la de las últimas 4 semanas), y otra antes de cada restauración. Se quedan en esta computadora, en %1.</translation>
    </message>
    <message>
        <source>Can&apos;t be read (perhaps locked with an earlier passphrase): it won&apos;t be used to restore.</source>
        <translation>No se puede leer (quizá está bloqueada con una contraseña anterior): no se usará para restaurar.</translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>Aún no hay planes</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Haciendo una copia de seguridad…</translation>
    </message>
    <message>
        <source>Backed up and checked.</source>
        <translation>Copia de seguridad hecha y comprobada.</translation>
    </message>
    <message>
        <source>Couldn&apos;t make a backup: %1</source>
        <translation>No se pudo hacer la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Restore the backup from %1?</source>
        <translation>¿Restaurar la copia de seguridad del %1?</translation>
    </message>
    <message>
        <source>Your plans will be as they were on %1. Nothing is lost: the file as it is now is backed up first, and you can restore that backup too.</source>
        <translation>Tus planes quedarán como estaban el %1. No se pierde nada: antes se hace una copia de seguridad del archivo tal como está ahora, y también puedes restaurarla.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Why? (optional)</source>
        <translation>¿Por qué? (opcional)</translation>
    </message>
    <message>
        <source>Why, for: %1</source>
        <translation>Por qué, para: %1</translation>
    </message>
    <message>
        <source>choose “%1”</source>
        <translation>elegir “%1”</translation>
    </message>
</context>
<context>
    <name>CrisisLinesEditor</name>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>How to reach it</source>
        <translation>Cómo contactar</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Elige un país…</translation>
    </message>
    <message>
        <source>Country whose crisis lines to add</source>
        <translation>País cuyas líneas de crisis quieres agregar</translation>
    </message>
    <message>
        <source>Add its lines</source>
        <translation>Agregar sus líneas</translation>
    </message>
    <message>
        <source>Add this country&apos;s crisis lines</source>
        <translation>Agregar las líneas de crisis de este país</translation>
    </message>
    <message>
        <source>Numbers can change. Each line shows when WellPlan last checked it; you can edit any of them.</source>
        <translation>Los números pueden cambiar. Cada línea muestra cuándo la revisó WellPlan por última vez; puedes cambiar cualquiera.</translation>
    </message>
    <message>
        <source>add the crisis lines of %1</source>
        <translation>agregar las líneas de crisis de %1</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Choose a date</source>
        <translation>Elige una fecha</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Signed: version %1</source>
        <translation>Firmado: versión %1</translation>
    </message>
    <message>
        <source>To print it or send it, use File ▸ Print or export (Ctrl+E) and choose the signing form. Tick “Seal” so anyone can check the PDF hasn&apos;t been changed.</source>
        <translation>Para imprimirlo o enviarlo, usa Archivo ▸ Imprimir o exportar (Ctrl+E) y elige el formulario para firmar. Marca “Precintar los PDF” para que cualquiera pueda comprobar que el PDF no cambió.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>In a crisis, please read this first</source>
        <translation>En una crisis, por favor, lee esto primero</translation>
    </message>
    <message>
        <source>%1 (signing form)</source>
        <translation>%1 (formulario para firmar)</translation>
    </message>
    <message>
        <source>%1: My next steps</source>
        <translation>%1: Mis siguientes pasos</translation>
    </message>
    <message>
        <source>Wallet card</source>
        <translation>Tarjeta de bolsillo</translation>
    </message>
    <message>
        <source>Crisis plan for a phone</source>
        <translation>Plan de crisis para el teléfono</translation>
    </message>
    <message>
        <source>The seal is proof the PDF hasn&apos;t been changed since you saved it; anyone can check it with WellPlan or another PDF reader. It isn&apos;t a legal signature: sign a printed PAD form in ink, with the witnesses or notary your state asks for.</source>
        <translation>El precinto digital demuestra que el PDF no cambió desde que lo guardaste; cualquiera puede comprobarlo con WellPlan o con otro lector de PDF. No es una firma legal: firma con tinta el formulario impreso de la directiva, con los testigos o el notario público (notary public) que pida tu estado.</translation>
    </message>
    <message>
        <source>Print or export</source>
        <translation>Imprimir o exportar</translation>
    </message>
    <message>
        <source>Documents to export</source>
        <translation>Documentos para exportar</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Idioma de los documentos</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>S&amp;eal the PDFs</source>
        <translation>P&amp;recintar los PDF</translation>
    </message>
    <message>
        <source>Making the PDF</source>
        <translation>Preparando el PDF</translation>
    </message>
    <message>
        <source>Preview of the selected document</source>
        <translation>Vista previa del documento elegido</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>Tick what to save. The preview shows the one selected.</source>
        <translation>Marca lo que quieres guardar. La vista previa muestra el que elegiste.</translation>
    </message>
    <message>
        <source>Couldn&apos;t make the PDF: %1</source>
        <translation>No se pudo preparar el PDF: %1</translation>
    </message>
    <message>
        <source>Preparing “%1”…</source>
        <translation>Preparando “%1”…</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>“%1”: %2.</source>
        <translation>“%1”: %2.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Tick at least one document to save.</source>
        <translation>Marca al menos un documento para guardarlo.</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>el PDF</translation>
    </message>
    <message>
        <source>%1 PDFs</source>
        <translation>%1 PDF</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>Se guardó %1 en %2.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>FileSession</name>
    <message>
        <source>A backup of “%1” wasn&apos;t locked with its passphrase</source>
        <translation>Una copia de seguridad de “%1” no estaba bloqueada con su contraseña</translation>
    </message>
    <message>
        <source>%2 backups of “%1” weren&apos;t locked with its passphrase</source>
        <translation>%2 copias de seguridad de “%1” no estaban bloqueadas con su contraseña</translation>
    </message>
    <message>
        <source>Your backups are locked now</source>
        <translation>Tus copias de seguridad ya están bloqueadas</translation>
    </message>
    <message>
        <source>%1 (a lock was cut short, perhaps when the computer stopped). WellPlan has locked them now; any it couldn&apos;t read were deleted.</source>
        <translation>%1 (un bloqueo se interrumpió, quizá porque la computadora se apagó). WellPlan ya las bloqueó; las que no pudo leer se eliminaron.</translation>
    </message>
    <message>
        <source>Your file was updated</source>
        <translation>Tu archivo se actualizó</translation>
    </message>
    <message>
        <source>This version of WellPlan updated “%1” to its newer format. A copy of the file as it was before is kept at:
%2</source>
        <translation>Esta versión de WellPlan actualizó “%1” a su formato nuevo. Hay una copia del archivo tal como estaba antes en:
%2</translation>
    </message>
    <message>
        <source>Unlocking “%1”…</source>
        <translation>Desbloqueando “%1”…</translation>
    </message>
    <message>
        <source>Your other plans can still be read and printed, but nothing you change can be saved in this file.</source>
        <translation>Tus otros planes se pueden seguir leyendo e imprimiendo, pero nada de lo que cambies se puede guardar en este archivo.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Couldn&apos;t make today&apos;s backup: %1</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: %1</translation>
    </message>
    <message>
        <source>Making a key from your passphrase…</source>
        <translation>Creando una clave a partir de tu contraseña…</translation>
    </message>
    <message>
        <source>Locking your file and its backups…</source>
        <translation>Bloqueando tu archivo y sus copias de seguridad…</translation>
    </message>
    <message>
        <source>Taking the passphrase off your file and its backups…</source>
        <translation>Quitando la contraseña de tu archivo y de sus copias de seguridad…</translation>
    </message>
    <message>
        <source>With a passphrase, “%1” can only be opened by someone who knows it. Choose one you will remember: if you forget it, only your recovery key (shown next) can open the file. No one else can, including us.</source>
        <translation>Con una contraseña, “%1” solo lo puede abrir quien la conozca. Elige una que vayas a recordar: si la olvidas, solo tu clave de recuperación (que verás enseguida) puede abrir el archivo. Nadie más puede, ni siquiera nosotros.</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>Se cambió la contraseña.</translation>
    </message>
    <message>
        <source>Your file is locked.</source>
        <translation>Tu archivo está bloqueado.</translation>
    </message>
    <message>
        <source>Take the passphrase off?</source>
        <translation>¿Quitar la contraseña?</translation>
    </message>
    <message>
        <source>Anyone who can use this computer account will be able to open “%1” and read your plans.</source>
        <translation>Cualquier persona que pueda usar esta cuenta de la computadora podrá abrir “%1” y leer tus planes.</translation>
    </message>
    <message>
        <source>Take it off</source>
        <translation>Quitarla</translation>
    </message>
    <message>
        <source>Keep the passphrase</source>
        <translation>Mantener la contraseña</translation>
    </message>
    <message>
        <source>Your file no longer has a passphrase.</source>
        <translation>Tu archivo ya no tiene contraseña.</translation>
    </message>
    <message>
        <source>Restored. The file as it was before is kept in the backups too.</source>
        <translation>Listo: se restauró. El archivo tal como estaba antes también queda entre las copias de seguridad.</translation>
    </message>
    <message>
        <source>Delete everything in “%1”?</source>
        <translation>¿Eliminar todo lo de “%1”?</translation>
    </message>
    <message>
        <source>This deletes “%1”, every plan in it with its versions and signatures, and the %2 backups and other copies WellPlan keeps of it. It can&apos;t be undone: no one can bring them back, including us.

PDFs you saved or printed are not touched.</source>
        <translation>Esto elimina “%1”, todos sus planes con sus versiones y firmas, y las %2 copias de seguridad y otras copias que WellPlan guarda de él. No se puede deshacer: nadie puede recuperarlos, ni siquiera nosotros.

Los PDF que guardaste o imprimiste no se tocan.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Eliminar todo</translation>
    </message>
    <message>
        <source>Keep my plans</source>
        <translation>Conservar mis planes</translation>
    </message>
    <message>
        <source>Not everything could be deleted</source>
        <translation>No se pudo eliminar todo</translation>
    </message>
    <message>
        <source>WellPlan couldn&apos;t delete “%1”: %2. Close any other program using it, then try again.</source>
        <translation>WellPlan no pudo eliminar “%1”: %2. Cierra cualquier otro programa que lo esté usando y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <source>For example: %1</source>
        <translation>Por ejemplo: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>add “%1”</source>
        <translation>agregar “%1”</translation>
    </message>
    <message>
        <source>Remove this?</source>
        <translation>¿Quitar esto?</translation>
    </message>
    <message>
        <source>Remove “%1” and everything written in it?</source>
        <translation>¿Quitar “%1” y todo lo que escribiste ahí?</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Quitarlo</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>remove “%1”</source>
        <translation>quitar “%1”</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Supporting someone with their plan</source>
        <translation>Cómo acompañar a alguien con su plan</translation>
    </message>
    <message>
        <source>This is their plan, in their words. You are there to help them think, not to write it for them.

• Let them lead. Go at their pace, in the order they choose. Skipping a question is fine.
• Ask, don&apos;t tell. “What helps you on a hard day?” works better than “You should walk more.”
• Offer, then let go. A suggestion is only a suggestion: it goes into the plan only if they accept it, and a “no” needs no reason.
• Use their words. If they say “my bad weeks”, write “my bad weeks”.
• Check in. “Shall we keep going, or stop here for today?” Everything is saved as you go.
• Look after yourself too. If something they share worries you, talk about it with them, and with your own support afterwards.</source>
        <translation>Es su plan, con sus palabras. Estás ahí para ayudarle a pensar, no para escribirlo por esa persona.

• Deja que lleve la iniciativa. Vayan a su ritmo, en el orden que elija. Saltarse una pregunta está bien.
• Pregunta, no ordenes. “¿Qué te ayuda en un día difícil?” funciona mejor que “Deberías caminar más”.
• Ofrece y luego suelta. Una sugerencia es solo eso: entra en el plan únicamente si la acepta, y un “no” no necesita motivo.
• Usa sus palabras. Si dice “mis semanas malas”, escribe “mis semanas malas”.
• Pregunta cómo va. “¿Seguimos, o lo dejamos aquí por hoy?” Todo se guarda sobre la marcha.
• Cuídate tú también. Si algo de lo que comparte te preocupa, háblalo con esa persona, y después con tu propio apoyo.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>sealed for a PDF</source>
        <translation>precintada para un PDF</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportada</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurada</translation>
    </message>
    <message>
        <source>kept before an older version was restored</source>
        <translation>guardada antes de restaurar una versión anterior</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Versiones, la más reciente primero</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>&amp;Restore as the new draft…</source>
        <translation>&amp;Restaurar como el nuevo borrador…</translation>
    </message>
    <message>
        <source>&amp;Export this version…</source>
        <translation>&amp;Exportar esta versión…</translation>
    </message>
    <message>
        <source>A sealed PDF of this version, exactly as it was, with its signatures</source>
        <translation>Un PDF precintado de esta versión, tal como era, con sus firmas</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparar con:</translation>
    </message>
    <message>
        <source>A version is kept, unchanged, whenever the plan is signed or sealed. Choose one to see what changed and who signed it.</source>
        <translation>Cada vez que el plan se firma o se precinta, se guarda una versión sin cambios. Elige una para ver qué cambió y quién la firmó.</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Historial de “%1”</translation>
    </message>
    <message>
        <source>Now: the draft you are working on</source>
        <translation>Ahora: el borrador en el que trabajas</translation>
    </message>
    <message>
        <source>the plan as it is now</source>
        <translation>el plan tal como está ahora</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Versión %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Firmado por %1</translation>
    </message>
    <message>
        <source>PDF %1, sealed · sealer&apos;s fingerprint %2</source>
        <translation>PDF %1, precintado · huella de quien lo precintó %2</translation>
    </message>
    <message>
        <source>PDF %1</source>
        <translation>PDF %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>No versions yet: one is kept when you sign or seal this plan.</source>
        <translation>Aún no hay versiones: se guarda una cuando firmas o precintas este plan.</translation>
    </message>
    <message>
        <source>Choose another version to compare with.</source>
        <translation>Elige otra versión para comparar.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <translation>De %1 a %2:</translation>
    </message>
    <message>
        <source>Restore version %1?</source>
        <translation>¿Restaurar la versión %1?</translation>
    </message>
    <message>
        <source>The plan will say again what version %1 said. Nothing is lost: the plan as it is now is kept as a version first, so you can come back to it.</source>
        <translation>El plan volverá a decir lo que decía la versión %1. No se pierde nada: antes se guarda el plan actual como una versión, para que puedas volver a él.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Version %1 is now the draft.</source>
        <translation>La versión %1 es ahora el borrador.</translation>
    </message>
    <message>
        <source>Saved version %1 to %2.</source>
        <translation>Se guardó la versión %1 en %2.</translation>
    </message>
    <message>
        <source>Couldn&apos;t save the PDF: %1</source>
        <translation>No se pudo guardar el PDF: %1</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Preparando el PDF…</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Your plans</source>
        <translation>Tus planes</translation>
    </message>
    <message>
        <source>Press Enter to open the selected plan.</source>
        <translation>Presiona Enter para abrir el plan elegido.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Nuevo plan</translation>
    </message>
    <message>
        <source>&amp;Use my plan now</source>
        <translation>&amp;Usar mi plan ahora</translation>
    </message>
    <message>
        <source>Show your crisis plan on one calm screen (Ctrl+U)</source>
        <translation>Muestra tu plan de crisis en una pantalla tranquila (Ctrl+U)</translation>
    </message>
    <message>
        <source>&amp;People, medications and places</source>
        <translation>&amp;Personas, medicamentos y lugares</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>H&amp;oy</translation>
    </message>
    <message>
        <source>Tick what you did today from your daily list (Ctrl+T)</source>
        <translation>Marca lo que hiciste hoy de tu lista diaria (Ctrl+T)</translation>
    </message>
    <message>
        <source>Print or e&amp;xport…</source>
        <translation>Imprimir o e&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <source>Sign the selected plan, with witnesses beside you if it needs them</source>
        <translation>Firma el plan elegido, con testigos a tu lado si los necesita</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Versions of the selected plan, what changed between them, and who signed</source>
        <translation>Versiones del plan elegido, qué cambió entre ellas y quién firmó</translation>
    </message>
    <message>
        <source>Welcome. This is where your plans will live.</source>
        <translation>Te damos la bienvenida. Aquí vivirán tus planes.</translation>
    </message>
    <message>
        <source>Everything you write stays in one file on this computer. Nothing is sent anywhere. You can stop at any point and pick up where you left off.</source>
        <translation>Todo lo que escribes se queda en un archivo de esta computadora. No se envía nada a ningún lado. Puedes parar cuando quieras y seguir donde te quedaste.</translation>
    </message>
    <message>
        <source>No plan file is open.</source>
        <translation>No hay ningún archivo de planes abierto.</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Abrir un archivo…</translation>
    </message>
    <message>
        <source>Start a new file…</source>
        <translation>Empezar un archivo nuevo…</translation>
    </message>
    <message>
        <source>Kept in the file “%1” on this computer.</source>
        <translation>Guardados en el archivo “%1” de esta computadora.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>cambiado %1</translation>
    </message>
    <message>
        <source>time to review it</source>
        <translation>toca revisarlo</translation>
    </message>
    <message>
        <source>review by %1</source>
        <translation>revisar antes del %1</translation>
    </message>
    <message>
        <source>signed (version %1)</source>
        <translation>firmado (versión %1)</translation>
    </message>
    <message>
        <source>changed since you signed version %1: sign again?</source>
        <translation>cambió desde que firmaste la versión %1: ¿firmar otra vez?</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open</source>
        <translation>Presiona Enter o haz doble clic para abrir</translation>
    </message>
    <message>
        <source>no next step written yet</source>
        <translation>todavía sin un siguiente paso anotado</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>siguiente: %1</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Sign “%1”</source>
        <translation>Firmar “%1”</translation>
    </message>
    <message>
        <source>Signing keeps this version of your plan exactly as it is now, with the signatures on it. If you change the plan afterwards, the signatures stay with this version and WellPlan asks whether you want to sign again.</source>
        <translation>Al firmar, esta versión de tu plan se guarda tal como está ahora, con las firmas. Si después cambias el plan, las firmas se quedan con esta versión y WellPlan te pregunta si quieres firmar otra vez.</translation>
    </message>
    <message>
        <source>This version is already signed by %1. Signing a role again replaces that signature.</source>
        <translation>Esta versión ya la firmó %1. Si alguien vuelve a firmar con ese mismo rol, su firma anterior se sustituye.</translation>
    </message>
    <message>
        <source>Before it counts in %1, the directive still needs:</source>
        <translation>Para que valga en %1, a la directiva todavía le falta:</translation>
    </message>
    <message>
        <source>You can still sign now, or finish these first.</source>
        <translation>Puedes firmar ahora igualmente, o terminar esto antes.</translation>
    </message>
    <message>
        <source>What this means in %1</source>
        <translation>Qué significa esto en %1</translation>
    </message>
    <message>
        <source>WellPlan hasn&apos;t yet confirmed these facts about %1&apos;s law: %2. Check them with the official form or someone who knows the law.</source>
        <translation>WellPlan aún no ha confirmado estos datos de la ley de %1: %2. Compruébalos con el formulario oficial o con alguien que conozca la ley.</translation>
    </message>
    <message>
        <source>Who is signing now?</source>
        <translation>¿Quién firma ahora?</translation>
    </message>
    <message>
        <source>You, first</source>
        <translation>Tú, primero</translation>
    </message>
    <message>
        <source>Untick the witnesses if you will sign before a notary instead: the notary signs the printed form in ink.</source>
        <translation>Desmarca a los testigos si en su lugar vas a firmar ante un notario público (notary public): el notario público firma con tinta el formulario impreso. En EE. UU., un notario público no es un abogado.</translation>
    </message>
    <message>
        <source>Plan &amp;title</source>
        <translation>&amp;Título del plan</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Título del plan</translation>
    </message>
    <message>
        <source>This is how the plan is listed, and the title on anything you print.</source>
        <translation>Así aparece el plan en la lista, y es el título de todo lo que imprimas.</translation>
    </message>
    <message>
        <source>&amp;Review by</source>
        <translation>&amp;Revisar antes del</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Revisar antes del</translation>
    </message>
    <message>
        <source>When to read this plan through again. Your plans list shows when it&apos;s due.</source>
        <translation>Cuándo volver a leer este plan entero. Tu lista de planes muestra cuándo toca.</translation>
    </message>
    <message>
        <source>Every question is optional. Move on with Next (Alt+N) or Enter on an empty line, go back with Back (Alt+B), or jump to any part from the list on the left. Use Finish later (Alt+L) to stop at any point: everything is already saved.</source>
        <translation>Todas las preguntas son opcionales. Avanza con Siguiente (Alt+N) o con Enter en una línea vacía, regresa con Atrás (Alt+A), o ve a cualquier parte desde la lista de la izquierda. Usa Terminar más tarde (Alt+T) para parar cuando quieras: todo ya está guardado.</translation>
    </message>
</context>
<context>
    <name>JurisdictionEditor</name>
    <message>
        <source>choose “%1”</source>
        <translation>elegir “%1”</translation>
    </message>
    <message>
        <source>Signing: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Law: %1 (last checked %2)</source>
        <translation>Ley: %1 (revisada por última vez el %2)</translation>
    </message>
    <message>
        <source>Not yet confirmed: %1.</source>
        <translation>Aún sin confirmar: %1.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Delete removes the selected item; Alt+Up and Alt+Down move it.</source>
        <translation>Supr o Delete quita el elemento elegido; Alt+flecha arriba y Alt+flecha abajo lo mueven.</translation>
    </message>
    <message>
        <source>Type here, then press Enter</source>
        <translation>Escribe aquí y presiona Enter</translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation>Agregar a: %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add this to the list</source>
        <translation>Agregar esto a la lista</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+flecha arriba)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+flecha abajo)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>Quitar el elemento elegido (Supr o Delete)</translation>
    </message>
    <message>
        <source>add “%1”</source>
        <translation>agregar “%1”</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Se agregó “%1”.</translation>
    </message>
    <message>
        <source>remove “%1”</source>
        <translation>quitar “%1”</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Se quitó “%1”.</translation>
    </message>
    <message>
        <source>move “%1”</source>
        <translation>mover “%1”</translation>
    </message>
    <message>
        <source>“%1” is now %2 of %3.</source>
        <translation>“%1” ahora es el %2 de %3.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>WellPlan locked your file because nothing happened for a while. Your work was saved first. Type your passphrase, or your recovery key, to carry on where you left off.</source>
        <translation>WellPlan bloqueó tu archivo porque no hubo actividad por un rato. Antes se guardó tu trabajo. Escribe tu contraseña, o tu clave de recuperación, para seguir donde te quedaste.</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Contraseña o clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>“%1” is locked</source>
        <translation>“%1” está bloqueado</translation>
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message>
        <source>Nothing has happened for a while, so WellPlan will lock your file in 30 seconds (your work is saved).</source>
        <translation>No hubo actividad por un rato, así que WellPlan bloqueará tu archivo en 30 segundos (tu trabajo está guardado).</translation>
    </message>
    <message>
        <source>&amp;Stay unlocked</source>
        <translation>&amp;Seguir desbloqueado</translation>
    </message>
    <message>
        <source>WellPlan will lock your file soon</source>
        <translation>WellPlan bloqueará tu archivo dentro de poco</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New file…</source>
        <translation>&amp;Nuevo archivo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>&amp;Your plans</source>
        <translation>&amp;Tus planes</translation>
    </message>
    <message>
        <source>&amp;Print or export…</source>
        <translation>&amp;Imprimir o exportar…</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>&amp;Verificar un PDF…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Lock with a passphrase…</source>
        <translation>&amp;Bloquear con una contraseña…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Cambiar la c&amp;ontraseña…</translation>
    </message>
    <message>
        <source>Take the passphrase &amp;off…</source>
        <translation>&amp;Quitar la contraseña…</translation>
    </message>
    <message>
        <source>&amp;Delete this plan…</source>
        <translation>&amp;Eliminar este plan…</translation>
    </message>
    <message>
        <source>Delete e&amp;verything in this file…</source>
        <translation>Eliminar to&amp;do lo de este archivo…</translation>
    </message>
    <message>
        <source>&amp;Sign this plan…</source>
        <translation>&amp;Firmar este plan…</translation>
    </message>
    <message>
        <source>&amp;History of this plan…</source>
        <translation>&amp;Historial de este plan…</translation>
    </message>
    <message>
        <source>&amp;People, medications and places</source>
        <translation>&amp;Personas, medicamentos y lugares</translation>
    </message>
    <message>
        <source>&amp;Use my crisis plan now</source>
        <translation>&amp;Usar mi plan de crisis ahora</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>H&amp;oy</translation>
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
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About WellPlan</source>
        <translation>&amp;Acerca de WellPlan</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Together mode</source>
        <translation>Modo &amp;acompañado</translation>
    </message>
    <message>
        <source>For two people at one screen: larger text, and a supporter can suggest answers that you accept or decline.</source>
        <translation>Para dos personas frente a una pantalla: texto más grande, y quien te acompaña puede sugerir respuestas que tú aceptas o rechazas.</translation>
    </message>
    <message>
        <source>&amp;Guide for supporters</source>
        <translation>&amp;Guía para acompañantes</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>&amp;Más grande</translation>
    </message>
    <message>
        <source>S&amp;maller</source>
        <translation>Más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Colores</translation>
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
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <translation>El de esta computadora</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>WellPlan will use this language the next time it starts.</source>
        <translation>WellPlan usará este idioma la próxima vez que lo abras.</translation>
    </message>
    <message>
        <source>Together mode is on: larger text, and a supporter can suggest answers.</source>
        <translation>El modo acompañado está activado: texto más grande, y quien te acompaña puede sugerir respuestas.</translation>
    </message>
    <message>
        <source>Together mode is off.</source>
        <translation>El modo acompañado está desactivado.</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>Tamaño del texto: %1%</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Your file is locked.</source>
        <translation>Tu archivo está bloqueado.</translation>
    </message>
    <message>
        <source>Start a new plan file</source>
        <translation>Empezar un archivo de planes nuevo</translation>
    </message>
    <message>
        <source>That file is open</source>
        <translation>Ese archivo está abierto</translation>
    </message>
    <message>
        <source>Choose another name for the new file.</source>
        <translation>Elige otro nombre para el archivo nuevo.</translation>
    </message>
    <message>
        <source>Save a copy and keep working in it</source>
        <translation>Guardar una copia y seguir trabajando en ella</translation>
    </message>
    <message>
        <source>Everything in “%1” is deleted.</source>
        <translation>Se eliminó todo lo de “%1”.</translation>
    </message>
    <message>
        <source>Your plans</source>
        <translation>Tus planes</translation>
    </message>
    <message>
        <source>People, medications and places</source>
        <translation>Personas, medicamentos y lugares</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Sign the new version?</source>
        <translation>¿Firmar la versión nueva?</translation>
    </message>
    <message>
        <source>You signed version %1 of this plan. It has changed since, so those signatures stay with version %1 and don&apos;t cover what it says now. Would you like to sign it again?</source>
        <translation>Firmaste la versión %1 de este plan. Desde entonces cambió, así que esas firmas se quedan con la versión %1 y no cubren lo que dice ahora. ¿Quieres firmarlo otra vez?</translation>
    </message>
    <message>
        <source>Sign now</source>
        <translation>Firmar ahora</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>No crisis plan yet</source>
        <translation>Aún no hay plan de crisis</translation>
    </message>
    <message>
        <source>Start one from your plans with New plan.</source>
        <translation>Empieza uno desde tus planes con Nuevo plan.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source>Saved. Your latest changes are safe now.</source>
        <translation>Guardado. Tus últimos cambios ya están a salvo.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>About WellPlan</source>
        <translation>Acerca de WellPlan</translation>
    </message>
    <message>
        <source>WellPlan %1

Write down, in your own words, how you stay well and what you want to happen in a crisis. Your plans stay in one file on this computer; WellPlan never sends anything anywhere.

%2</source>
        <translation>WellPlan %1

Escribe, con tus propias palabras, cómo te mantienes bien y qué quieres que pase en una crisis. Tus planes se quedan en un archivo de esta computadora; WellPlan nunca envía nada a ningún lado.

%2</translation>
    </message>
    <message>
        <source>Some changes aren&apos;t saved</source>
        <translation>Hay cambios sin guardar</translation>
    </message>
    <message>
        <source>WellPlan couldn&apos;t save your latest changes:

%1

If you close now, those changes will be lost. Everything saved before that is safe.</source>
        <translation>WellPlan no pudo guardar tus últimos cambios:

%1

Si cierras ahora, esos cambios se van a perder. Todo lo que se guardó antes está a salvo.</translation>
    </message>
    <message>
        <source>Keep WellPlan open</source>
        <translation>Mantener WellPlan abierto</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Cerrar y perderlos</translation>
    </message>
</context>
<context>
    <name>OptionsEditor</name>
    <message>
        <source>Tick any that fit (Space ticks):</source>
        <extracomment>Makes the editor for a question (structured_editors.make_editor, handed in).</extracomment>
        <translation>Marca las que correspondan (la barra espaciadora marca):</translation>
    </message>
    <message>
        <source>Your own for: %1</source>
        <translation>Las tuyas para: %1</translation>
    </message>
    <message>
        <source>Your own:</source>
        <translation>Las tuyas:</translation>
    </message>
    <message>
        <source>tick “%1”</source>
        <translation>marcar “%1”</translation>
    </message>
    <message>
        <source>untick “%1”</source>
        <translation>desmarcar “%1”</translation>
    </message>
</context>
<context>
    <name>PickEditor</name>
    <message>
        <source>Tools from your toolbox for: %1</source>
        <translation>Herramientas de tu caja para: %1</translation>
    </message>
    <message>
        <source>Tick tools from your toolbox (Space ticks):</source>
        <translation>Marca herramientas de tu caja (la barra espaciadora marca):</translation>
    </message>
    <message>
        <source>Your toolbox is empty for now. Anything you add to it will show up here to tick.</source>
        <translation>Tu caja de herramientas está vacía por ahora. Lo que agregues aparecerá aquí para marcarlo.</translation>
    </message>
    <message>
        <source>Your own steps for: %1</source>
        <translation>Tus propios pasos para: %1</translation>
    </message>
    <message>
        <source>Your own steps:</source>
        <translation>Tus propios pasos:</translation>
    </message>
    <message>
        <source>%1 (no longer in your toolbox)</source>
        <translation>%1 (ya no está en tu caja de herramientas)</translation>
    </message>
    <message>
        <source>tick “%1”</source>
        <translation>marcar “%1”</translation>
    </message>
    <message>
        <source>untick “%1”</source>
        <translation>desmarcar “%1”</translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>Nothing to export yet</source>
        <translation>Aún no hay nada que exportar</translation>
    </message>
    <message>
        <source>Start a plan first; then you can print it.</source>
        <translation>Primero empieza un plan; después podrás imprimirlo.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar “%1”?</translation>
    </message>
    <message>
        <source>This removes the plan, its versions and any signatures from this file for good. PDFs you saved stay where they are. Backups made before now still hold it until they are replaced, after about five weeks at most.</source>
        <translation>Esto quita para siempre de este archivo el plan, sus versiones y sus firmas. Los PDF que guardaste siguen donde están. Las copias de seguridad anteriores lo conservan hasta que se reemplazan, en unas cinco semanas como máximo.</translation>
    </message>
    <message>
        <source>Delete the plan</source>
        <translation>Eliminar el plan</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Checking the seal…</source>
        <translation>Revisando el precinto…</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>Finish &amp;later</source>
        <translation>&amp;Terminar más tarde</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>Go back to your plans. Everything is saved; you&apos;ll come back to this spot.</source>
        <translation>Regresa a tus planes. Todo está guardado; volverás a este mismo lugar.</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <comment>go to the list of parts</comment>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Couldn&apos;t add this</source>
        <translation>No se pudo agregar</translation>
    </message>
    <message>
        <source>Suggestion added. It isn&apos;t in the plan unless it&apos;s accepted.</source>
        <translation>Se agregó la sugerencia. No entra en el plan a menos que se acepte.</translation>
    </message>
    <message>
        <source>accept the suggestion of %1</source>
        <translation>aceptar la sugerencia de %1</translation>
    </message>
    <message>
        <source>Added to your plan.</source>
        <translation>Se agregó a tu plan.</translation>
    </message>
    <message>
        <source>Suggestion declined. It isn&apos;t in your plan.</source>
        <translation>Se rechazó la sugerencia. No está en tu plan.</translation>
    </message>
    <message>
        <source>typing in “%1”</source>
        <translation>escribir en “%1”</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>No hay nada que rehacer.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Se deshizo: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Se rehízo: %1</translation>
    </message>
    <message>
        <source>This is the last part. %1 (%2) finishes the plan.</source>
        <translation>Esta es la última parte. %1 (%2) termina el plan.</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Still needed</source>
        <translation>Todavía falta</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>Not yet confirmed by WellPlan</source>
        <translation>Lo que WellPlan aún no ha confirmado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Ready to sign under the rules for %1.</source>
        <translation>La directiva está lista para firmar según las reglas de %1.</translation>
    </message>
    <message>
        <source>%1 still needs one thing before signing.</source>
        <translation>A %1 todavía le falta una cosa antes de firmar.</translation>
    </message>
    <message>
        <source>%1 still needs %2 things before signing.</source>
        <translation>A %1 todavía le faltan %2 cosas antes de firmar.</translation>
    </message>
    <message>
        <source>Law: %1 (last checked %2)</source>
        <translation>Ley: %1 (revisada por última vez el %2)</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>Name of a new %1, then Enter</source>
        <translation>Escribe el nombre (%1) y presiona Enter</translation>
    </message>
    <message>
        <source>Add a new %1</source>
        <translation>Agregar un registro nuevo: %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Used in:</source>
        <translation>Se usa en:</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Aún en ningún plan.</translation>
    </message>
    <message>
        <source>Couldn&apos;t add this</source>
        <translation>No se pudo agregar</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Se agregó “%1”.</translation>
    </message>
    <message>
        <source>“%1” is used in:
%2

Deleting takes them out of these plans as well.</source>
        <translation>“%1” se usa en:
%2

Al eliminarlo, también sale de estos planes.</translation>
    </message>
    <message>
        <source>Delete “%1”? No plan uses it.</source>
        <translation>¿Eliminar “%1”? Ningún plan lo usa.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar “%1”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó “%1”.</translation>
    </message>
</context>
<context>
    <name>RecordsEditor</name>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Or choose a %1 you&apos;ve already added…</source>
        <translation>O elige un registro que ya agregaste (%1)…</translation>
    </message>
    <message>
        <source>Choose a saved %1 to add</source>
        <translation>Elige un registro guardado (%1) para agregarlo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add the chosen %1</source>
        <translation>Agregar el registro elegido (%1)</translation>
    </message>
    <message>
        <source>Add a new %1…</source>
        <translation>Agregar un registro nuevo: %1…</translation>
    </message>
    <message>
        <source>Add a new %1</source>
        <translation>Agregar un registro nuevo: %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Registro nuevo: %1</translation>
    </message>
    <message>
        <source>Add to this answer</source>
        <translation>Agregar a esta respuesta</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(quitado)</translation>
    </message>
    <message>
        <source>add “%1”</source>
        <translation>agregar “%1”</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Se agregó “%1”.</translation>
    </message>
    <message>
        <source>Please add a name first.</source>
        <translation>Primero agrega un nombre, por favor.</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>People, medications and places</source>
        <translation>Personas, medicamentos y lugares</translation>
    </message>
    <message>
        <source>Each one is entered once and can be used in every plan. A change here shows in all of them.</source>
        <translation>Cada registro se escribe una sola vez y se puede usar en todos los planes. Un cambio aquí se ve en todos.</translation>
    </message>
    <message>
        <source>Back to your plans (Esc)</source>
        <translation>Regresar a tus planes (Esc)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>&amp;Sign this version</source>
        <translation>&amp;Firmar esta versión</translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation>Todo listo para firmar</translation>
    </message>
    <message>
        <source>Please hand the laptop back to %1. Signing saves these signatures on this version of the plan; nothing is sent anywhere.</source>
        <translation>Por favor, devuélvele la computadora a %1. Al firmar, estas firmas se guardan en esta versión del plan; no se envía nada a ningún lado.</translation>
    </message>
    <message>
        <source>the person making the plan</source>
        <translation>la persona que hace el plan</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>For example: %1</source>
        <translation>Por ejemplo: %1</translation>
    </message>
</context>
<context>
    <name>SectionSidebar</name>
    <message>
        <source>Parts of this plan</source>
        <translation>Partes de este plan</translation>
    </message>
    <message>
        <source>Choose a part to go straight to it.</source>
        <translation>Elige una parte para ir directamente a ella.</translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation>Sobre este plan</translation>
    </message>
    <message>
        <source>Where you are in this plan</source>
        <translation>Dónde estás en este plan</translation>
    </message>
    <message>
        <source>%1 parts to go through</source>
        <translation>%1 partes por recorrer</translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation>Parte %1 de %2</translation>
    </message>
    <message>
        <source>%1 (has answers)</source>
        <translation>%1 (tiene respuestas)</translation>
    </message>
</context>
<context>
    <name>SignatureInput</name>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>&amp;Deshacer trazo</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Or type your full name</source>
        <translation>O escribe tu nombre completo</translation>
    </message>
    <message>
        <source>Typed signature</source>
        <translation>Firma escrita</translation>
    </message>
    <message>
        <source>I mean this typed name as my signature</source>
        <translation>Este nombre escrito es mi firma</translation>
    </message>
    <message>
        <source>Can&apos;t or would rather not draw? Type your name instead.</source>
        <translation>¿No puedes o prefieres no dibujar? Escribe tu nombre.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Espacio para la firma</translation>
    </message>
    <message>
        <source>Draw your signature with a mouse, pen or finger. Ctrl+Z takes back the last stroke.</source>
        <translation>Dibuja tu firma con el mouse, un lápiz digital o el dedo. Ctrl+Z deshace el último trazo.</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Firma aquí</translation>
    </message>
</context>
<context>
    <name>SignerPage</name>
    <message>
        <source>Your full name</source>
        <translation>Tu nombre completo</translation>
    </message>
    <message>
        <source>What you are signing</source>
        <translation>Lo que firmas</translation>
    </message>
    <message>
        <source>Please answer for yourself:</source>
        <translation>Responde por ti, por favor:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Sí: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>No: %1</translation>
    </message>
    <message>
        <source>You can&apos;t sign here yet: %1</source>
        <translation>Aún no puedes firmar aquí: %1</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translation>Tu firma</translation>
    </message>
    <message>
        <source>Type your full name.</source>
        <translation>Escribe tu nombre completo.</translation>
    </message>
</context>
<context>
    <name>SigningWizard</name>
    <message>
        <source>Sign your plan</source>
        <translation>Firma tu plan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Stop signing?</source>
        <translation>¿Dejar de firmar?</translation>
    </message>
    <message>
        <source>The signatures made so far haven&apos;t been saved and won&apos;t be kept.</source>
        <translation>Las firmas hechas hasta ahora no se han guardado y no se conservarán.</translation>
    </message>
    <message>
        <source>Stop signing</source>
        <translation>Dejar de firmar</translation>
    </message>
    <message>
        <source>Keep signing</source>
        <translation>Seguir firmando</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Space ticks a step done; F2 changes its words; Delete removes it.</source>
        <translation>La barra espaciadora marca un paso como hecho; F2 cambia sus palabras; Supr o Delete lo quita.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>Quitar el paso seleccionado (Supr o Delete)</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Agrega un paso</translation>
    </message>
    <message>
        <source>Add a step to: %1</source>
        <translation>Agregar un paso a: %1</translation>
    </message>
    <message>
        <source>%1, for the step being added</source>
        <translation>%1, para el paso que estás agregando</translation>
    </message>
    <message>
        <source>When? (optional)</source>
        <translation>¿Cuándo? (opcional)</translation>
    </message>
    <message>
        <source>When, for the step being added</source>
        <translation>Cuándo, para el paso que estás agregando</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add this step</source>
        <translation>Agregar este paso</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>hecho el %1</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>sin hacer</translation>
    </message>
    <message>
        <source>tick “%1” done</source>
        <translation>marcar “%1” como hecho</translation>
    </message>
    <message>
        <source>untick “%1”</source>
        <translation>desmarcar “%1”</translation>
    </message>
    <message>
        <source>remove a step</source>
        <translation>quitar un paso</translation>
    </message>
    <message>
        <source>add “%1”</source>
        <translation>agregar “%1”</translation>
    </message>
    <message>
        <source>remove “%1”</source>
        <translation>quitar “%1”</translation>
    </message>
    <message>
        <source>move “%1”</source>
        <translation>mover “%1”</translation>
    </message>
</context>
<context>
    <name>SuggestionBox</name>
    <message>
        <source>Suggested by %1</source>
        <translation>Sugerido por %1</translation>
    </message>
    <message>
        <source>Your version of the suggestion</source>
        <translation>Tu versión de la sugerencia</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept the suggestion: %1</source>
        <translation>Aceptar la sugerencia: %1</translation>
    </message>
    <message>
        <source>Edit, then accept</source>
        <translation>Editar y aceptar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Decline the suggestion: %1</source>
        <translation>Rechazar la sugerencia: %1</translation>
    </message>
    <message>
        <source>Accept my version</source>
        <translation>Aceptar mi versión</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Suggest an answer…</source>
        <translation>Sugerir una respuesta…</translation>
    </message>
    <message>
        <source>Suggest an answer to: %1</source>
        <translation>Sugerir una respuesta a: %1</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Suggested &amp;by</source>
        <translation>Sugerido &amp;por</translation>
    </message>
    <message>
        <source>Suggested by</source>
        <translation>Sugerido por</translation>
    </message>
    <message>
        <source>&amp;Suggestion</source>
        <translation>&amp;Sugerencia</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>It goes into the plan only if the person accepts it.</source>
        <translation>Solo entra en el plan si la persona la acepta.</translation>
    </message>
    <message>
        <source>Add the suggestion</source>
        <translation>Agregar la sugerencia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Offer words for the person to accept or decline. They decide.</source>
        <translation>Ofrece palabras que la persona puede aceptar o rechazar. La decisión es suya.</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Quitar la fila elegida</translation>
    </message>
    <message>
        <source>Remove the selected row from: %1</source>
        <translation>Quitar la fila elegida de: %1</translation>
    </message>
    <message>
        <source>remove “%1”</source>
        <translation>quitar “%1”</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Se quitó “%1”.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>← &amp;Day before</source>
        <translation>← &amp;Día anterior</translation>
    </message>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation>El día anterior (Alt+←)</translation>
    </message>
    <message>
        <source>Day &amp;after →</source>
        <translation>Día &amp;siguiente →</translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation>El día siguiente (Alt+→)</translation>
    </message>
    <message>
        <source>Back to &amp;today</source>
        <translation>Volver a &amp;hoy</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>The days of this month you ticked something</source>
        <translation>Los días de este mes en que marcaste algo</translation>
    </message>
    <message>
        <source>Choose a day to see it</source>
        <translation>Elige un día para verlo</translation>
    </message>
    <message>
        <source>What I did in this month</source>
        <translation>Lo que hice este mes</translation>
    </message>
    <message>
        <source>Save this month as a PDF…</source>
        <translation>Guardar este mes como PDF…</translation>
    </message>
    <message>
        <source>The days of this month in words, to keep or to show someone</source>
        <translation>Los días de este mes en palabras, para guardarlos o mostrárselos a alguien</translation>
    </message>
    <message>
        <source>What I did (Space ticks):</source>
        <translation>Lo que hice (la barra espaciadora marca):</translation>
    </message>
    <message>
        <source>Space ticks what you did. Alt+Left and Alt+Right go to the day before and after. Delete takes one of your own things off the list.</source>
        <translation>La barra espaciadora marca lo que hiciste. Alt+Izquierda y Alt+Derecha van al día anterior y al siguiente. Supr o Delete quita de la lista una de tus propias cosas.</translation>
    </message>
    <message>
        <source>Your daily list is empty for now. It comes from the “every day” list of your Wellness Recovery Action Plan; you can also add your own things below.</source>
        <translation>Tu lista diaria está vacía por ahora. Viene de la lista de “todos los días” de tu Plan de Acción para la Recuperación del Bienestar; también puedes agregar tus propias cosas abajo.</translation>
    </message>
    <message>
        <source>Add something to your daily list, then press Enter</source>
        <translation>Agrega algo a tu lista diaria y presiona Enter</translation>
    </message>
    <message>
        <source>Add something to your daily list</source>
        <translation>Agregar algo a tu lista diaria</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add this to your daily list</source>
        <translation>Agregar esto a tu lista diaria</translation>
    </message>
    <message>
        <source>A line in your own words (if you like):</source>
        <translation>Una línea con tus propias palabras (si quieres):</translation>
    </message>
    <message>
        <source>This is for you. Nothing here is counted or scored, and it stays in your file.</source>
        <translation>Esto es para ti. Aquí nada se cuenta ni se califica, y se queda en tu archivo.</translation>
    </message>
    <message>
        <source>Back to your plans (Esc)</source>
        <translation>Regresar a tus planes (Esc)</translation>
    </message>
    <message>
        <source>What I did on %1</source>
        <translation>Lo que hice el %1</translation>
    </message>
    <message>
        <source>A line in your own words for %1</source>
        <translation>Una línea con tus propias palabras para el %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Ayer, %1</translation>
    </message>
    <message>
        <source>Nothing written down for this month.</source>
        <translation>Nada anotado en este mes.</translation>
    </message>
    <message>
        <source>My days %1.pdf</source>
        <translation>Mis días %1.pdf</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Preparando el PDF…</translation>
    </message>
    <message>
        <source>The PDF couldn&apos;t be saved: %1</source>
        <translation>No se pudo guardar el PDF: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó en %1.</translation>
    </message>
</context>
<context>
    <name>UseNowView</name>
    <message>
        <source>Your crisis plan</source>
        <extracomment>Qt.TextInteractionFlag.TextSelectableByMouse | TextSelectableByKeyboard, as the number (this view can be the first thing shown: see lazy_qt; tests/test_use_now.py checks it) One part&apos;s steps: for each answered question, what it asks (shown when the part has several) and the answer&apos;s lines.</extracomment>
        <translation>Tu plan de crisis</translation>
    </message>
    <message>
        <source>Read it line by line with the arrow keys. Esc goes back to your plans.</source>
        <translation>Léelo línea por línea con las teclas de flecha. Esc te regresa a tus planes.</translation>
    </message>
    <message>
        <source>Back to your plans (Esc)</source>
        <translation>Regresar a tus planes (Esc)</translation>
    </message>
    <message>
        <source>Take it one step at a time. You can stop at any step that helps.</source>
        <translation>Ve paso a paso. Puedes quedarte en cualquier paso que te ayude.</translation>
    </message>
    <message>
        <source>This plan has no answers yet. Open it from your plans to write it.</source>
        <translation>Este plan aún no tiene respuestas. Ábrelo desde tus planes para escribirlo.</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Yes</source>
        <extracomment>Answer types that point at shared records, and the kind of record each points at. Extra widgets a section may ask for by name; the GUI provides each one. The values of a choice question, with their labels in English (show them with choice_label).</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Aún no lo sé</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>WellPlan files (%1)</source>
        <translation>Archivos de WellPlan (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Open a WellPlan file</source>
        <translation>Abrir un archivo de WellPlan</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Guardar el PDF</translation>
    </message>
    <message>
        <source>Choose a folder for the PDFs</source>
        <translation>Elige una carpeta para los PDF</translation>
    </message>
    <message>
        <source>Verify a PDF</source>
        <translation>Verificar un PDF</translation>
    </message>
    <message>
        <source>“%1” is locked. Type its passphrase, or your recovery key:</source>
        <translation>“%1” está bloqueado. Escribe su contraseña, o tu clave de recuperación:</translation>
    </message>
    <message>
        <source>Unlock your file</source>
        <translation>Desbloquea tu archivo</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elige una contraseña</translation>
    </message>
    <message>
        <source>Type the same passphrase again:</source>
        <translation>Escribe otra vez la misma contraseña:</translation>
    </message>
    <message>
        <source>Those two weren&apos;t the same. Please type it twice again.</source>
        <translation>Las dos no coincidían. Escríbela otra vez, dos veces, por favor.</translation>
    </message>
    <message>
        <source>Making the recovery sheet…</source>
        <translation>Preparando la hoja con la clave de recuperación…</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>Print this or write it down, and keep it somewhere safe, away from this computer. It opens your file if you forget the passphrase. Without the passphrase or this key, no one can open the file, including us.

%1</source>
        <translation>Imprímela o anótala, y guárdala en un lugar seguro, lejos de esta computadora. Abre tu archivo si olvidas la contraseña. Sin la contraseña ni esta clave, nadie puede abrir el archivo, ni siquiera nosotros.

%1</translation>
    </message>
    <message>
        <source>&amp;Print a recovery sheet…</source>
        <translation>&amp;Imprimir una hoja de recuperación…</translation>
    </message>
    <message>
        <source>&amp;Copy the key</source>
        <translation>&amp;Copiar la clave</translation>
    </message>
    <message>
        <source>I&apos;ve kept it safe</source>
        <translation>Ya la guardé</translation>
    </message>
    <message>
        <source>Keep your plans private?</source>
        <translation>¿Quieres mantener tus planes en privado?</translation>
    </message>
    <message>
        <source>Your plans are kept in one file on this computer. You can lock it with a passphrase, so that only someone who knows it can read your plans, even if someone else uses this computer or it is lost.

The trade-off: if you forget the passphrase and lose the recovery key that WellPlan gives you, no one can open the file, including us.

You can add, change or remove a passphrase later in the File menu.</source>
        <translation>Tus planes se guardan en un archivo de esta computadora. Puedes bloquearlo con una contraseña, para que solo quien la conozca pueda leer tus planes, aunque otra persona use esta computadora o la computadora se pierda.

Lo que hay que tener en cuenta: si olvidas la contraseña y pierdes la clave de recuperación que te da WellPlan, nadie puede abrir el archivo, ni siquiera nosotros.

Más adelante puedes poner, cambiar o quitar la contraseña en el menú Archivo.</translation>
    </message>
    <message>
        <source>Choose a passphrase…</source>
        <translation>Elegir una contraseña…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The disk is full. Free up some space (empty the bin, or move large files), then try again.</source>
        <translation>El disco está lleno. Libera algo de espacio (vacía la papelera o mueve archivos grandes) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>WellPlan isn&apos;t allowed to write there. Choose a folder you can write to, or make it writable.</source>
        <translation>WellPlan no tiene permiso para escribir ahí. Elige una carpeta en la que puedas escribir, o dale permiso de escritura.</translation>
    </message>
    <message>
        <source>Another program is using the file. Close it there, then try again.</source>
        <translation>Otro programa está usando el archivo. Ciérralo allí y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The file or its folder isn&apos;t there any more.</source>
        <translation>El archivo o su carpeta ya no están ahí.</translation>
    </message>
    <message>
        <source>The file was closed (or locked). Open it again to go on.</source>
        <translation>El archivo se cerró (o se bloqueó). Ábrelo de nuevo para seguir.</translation>
    </message>
    <message>
        <source>The computer couldn&apos;t read or write a file (%1).</source>
        <translation>La computadora no pudo leer o escribir un archivo (%1).</translation>
    </message>
    <message>
        <source>There wasn&apos;t enough memory. Close some other programs, then try again.</source>
        <translation>No había suficiente memoria. Cierra algunos otros programas y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Something went wrong inside WellPlan (%1). Please try again; if it happens again, let us know what you were doing.</source>
        <translation>Algo falló dentro de WellPlan (%1). Vuelve a intentarlo; si vuelve a pasar, cuéntanos qué estabas haciendo.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>version {number}, {day}, {time}</source>
        <translation>versión {number}, {day}, {time}</translation>
    </message>
    <message>
        <source>version of {day} {time}</source>
        <translation>versión del {day} {time}</translation>
    </message>
    <message>
        <source>exported {day}</source>
        <translation>exportado el {day}</translation>
    </message>
    <message>
        <source>last changed {day}</source>
        <translation>último cambio el {day}</translation>
    </message>
    <message>
        <source>Follows the signing rules of: {place} ({citation}).</source>
        <translation>Sigue las reglas para firmar de: {place} ({citation}).</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>Signs that I need others to step in</source>
        <translation>Señales de que necesito que otras personas intervengan</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation>Lo que me ayuda</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Datos clave</translation>
    </message>
    <message>
        <source>I do not consent to</source>
        <translation>No doy mi consentimiento para</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Please avoid</source>
        <translation>Por favor, evitar</translation>
    </message>
    <message>
        <source>Crisis plan</source>
        <translation>Plan de crisis</translation>
    </message>
    <message>
        <source>There is no crisis plan in this file yet.</source>
        <translation>Este archivo todavía no tiene un plan de crisis.</translation>
    </message>
    <message>
        <source>{title} (phone copy)</source>
        <translation>{title} (copia para el teléfono)</translation>
    </message>
    <message>
        <source>Crisis plan for a phone</source>
        <translation>Plan de crisis para el teléfono</translation>
    </message>
    <message>
        <source>the person these plans belong to</source>
        <translation>la persona a quien pertenecen estos planes</translation>
    </message>
    <message>
        <source>Please avoid: it makes things worse</source>
        <translation>Por favor, evitar: empeora las cosas</translation>
    </message>
    <message>
        <source>{count} more things that help</source>
        <translation>{count} cosas más que ayudan</translation>
    </message>
    <message>
        <source>{count} more signs</source>
        <translation>{count} señales más</translation>
    </message>
    <message>
        <source>Other people to call</source>
        <translation>Otras personas a quienes llamar</translation>
    </message>
    <message>
        <source>Please do not involve</source>
        <translation>Por favor, no involucrar a</translation>
    </message>
    <message>
        <source>{count} more people to call</source>
        <translation>{count} personas más a quienes llamar</translation>
    </message>
    <message>
        <source>Places for care</source>
        <translation>Lugares de atención</translation>
    </message>
    <message>
        <source>I prefer</source>
        <translation>Prefiero</translation>
    </message>
    <message>
        <source>Before a hospital</source>
        <translation>Antes de un hospital</translation>
    </message>
    <message>
        <source>{count} more places</source>
        <translation>{count} lugares más</translation>
    </message>
    <message>
        <source>Other wishes</source>
        <translation>Otros deseos</translation>
    </message>
    <message>
        <source>Medications I take now</source>
        <translation>Medicamentos que tomo ahora</translation>
    </message>
    <message>
        <source>Medications I accept if needed</source>
        <translation>Medicamentos que acepto si hacen falta</translation>
    </message>
    <message>
        <source>If an emergency intervention must be used</source>
        <translation>Si hay que usar una intervención de emergencia</translation>
    </message>
    <message>
        <source>Food and diet</source>
        <translation>Comida y dieta</translation>
    </message>
    <message>
        <source>Please take these on for me</source>
        <translation>Por favor, encárguense de esto por mí</translation>
    </message>
    <message>
        <source>{count} more wishes</source>
        <translation>{count} deseos más</translation>
    </message>
    <message>
        <source>Goes by {name}</source>
        <translation>Prefiere que le digan {name}</translation>
    </message>
    <message>
        <source>Pronouns: {pronouns}</source>
        <translation>Pronombres: {pronouns}</translation>
    </message>
    <message>
        <source>“{title}”, following the rules of {place}.</source>
        <translation>“{title}”, según las reglas de {place}.</translation>
    </message>
    <message>
        <source>Signed in WellPlan: version {number}, {day}.</source>
        <translation>Firmada en WellPlan: versión {number}, {day}.</translation>
    </message>
    <message>
        <source>Signed copy: ask {who}.</source>
        <translation>Copia firmada: pídansela a {who}.</translation>
    </message>
    <message>
        <source>A draft: not signed in WellPlan.</source>
        <translation>Un borrador: no está firmada en WellPlan.</translation>
    </message>
    <message>
        <source>Agent · call first</source>
        <translation>Representante · llamar primero</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Call first</source>
        <translation>Llamar primero</translation>
    </message>
    <message>
        <source>Advance directive</source>
        <translation>Directiva anticipada</translation>
    </message>
    <message>
        <source>The person who wrote these plans</source>
        <translation>La persona que escribió estos planes</translation>
    </message>
    <message>
        <source>Not on this page: {what}.</source>
        <translation>No caben en esta página: {what}.</translation>
    </message>
    <message>
        <source>Full plan: ask {who}.</source>
        <translation>Plan completo: pídanselo a {who}.</translation>
    </message>
    <message>
        <source>In their own words, from the plans they wrote. Exported {day}.</source>
        <translation>Con sus propias palabras, de los planes que escribió. Exportado el {day}.</translation>
    </message>
    <message>
        <source>In a crisis, please read this first</source>
        <translation>En una crisis, por favor, lee esto primero</translation>
    </message>
    <message>
        <source>Psychiatric advance directive</source>
        <translation>Directiva anticipada de salud mental</translation>
    </message>
    <message>
        <source>One-page crisis summary</source>
        <translation>Resumen de crisis en una página</translation>
    </message>
    <message>
        <source>IN A CRISIS</source>
        <translation>EN UNA CRISIS</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>ask {who}</source>
        <translation>pedir a {who}</translation>
    </message>
    <message>
        <source>Born {day}</source>
        <translation>Nació el {day}</translation>
    </message>
    <message>
        <source>I do not consent to:</source>
        <translation>No doy mi consentimiento para:</translation>
    </message>
    <message>
        <source>Please avoid:</source>
        <translation>Por favor, evitar:</translation>
    </message>
    <message>
        <source>I have a signed psychiatric advance directive ({place}).</source>
        <translation>Tengo una directiva anticipada de salud mental firmada ({place}).</translation>
    </message>
    <message>
        <source>I have a draft psychiatric advance directive ({place}).</source>
        <translation>Tengo un borrador de directiva anticipada de salud mental ({place}).</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Idioma: {language}</translation>
    </message>
    <message>
        <source>What helps me:</source>
        <translation>Lo que me ayuda:</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>También:</translation>
    </message>
    <message>
        <source>Card made {day} with WellPlan.</source>
        <translation>Tarjeta hecha el {day} con WellPlan.</translation>
    </message>
    <message>
        <source>Wallet card</source>
        <translation>Tarjeta de bolsillo</translation>
    </message>
    <message>
        <source>Cut along the outer marks, fold along the dotted line so the printing is outside, and keep it with your ID. It is exactly the size of a bank card (85.6 × 54 mm).</source>
        <translation>Recorta por las marcas de afuera, dobla por la línea de puntos con lo impreso hacia afuera, y guárdala con tu identificación. Tiene el tamaño exacto de una tarjeta bancaria (85.6 × 54 mm).</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Nombre en letra de molde</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Signed in WellPlan (typed and confirmed) on version {number} of this plan.</source>
        <translation>Firmado en WellPlan (escrito y confirmado) en la versión {number} de este plan.</translation>
    </message>
    <message>
        <source>Signed in WellPlan (drawn) on version {number} of this plan.</source>
        <translation>Firmado en WellPlan (a mano en la pantalla) en la versión {number} de este plan.</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Sello del
notario público</translation>
    </message>
    <message>
        <source>, born {date}</source>
        <translation>, con fecha de nacimiento {date}</translation>
    </message>
    <message>
        <source>, of {address}</source>
        <translation>, con domicilio en {address}</translation>
    </message>
    <message>
        <source>Before you sign: about this form</source>
        <translation>Antes de firmar: sobre este formulario</translation>
    </message>
    <message>
        <source>This page is for you. It isn&apos;t part of the {title}: take it off before you sign, and keep it.</source>
        <translation>Esta página es para ti. No es parte del documento ({title}): quítala antes de firmar y guárdala.</translation>
    </message>
    <message>
        <source>WellPlan prepared this form under {place}&apos;s rules ({citation}), as checked on {date}. Compare it with your state&apos;s official form.</source>
        <translation>WellPlan preparó este formulario según las reglas de {place} ({citation}), revisadas el {date}. Compáralo con el formulario oficial de tu estado.</translation>
    </message>
    <message>
        <source>This form is a translation. The legal parts are printed in English with the translation beside them: the English text is the one that counts.</source>
        <translation>Este formulario es una traducción. Las partes legales están impresas en inglés con la traducción al lado: el texto en inglés es el que vale.</translation>
    </message>
    <message>
        <source>Not yet confirmed by WellPlan</source>
        <translation>Lo que WellPlan aún no ha confirmado</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm these facts from the law itself. Check them before you rely on this form:</source>
        <translation>No pudimos confirmar estos datos en la propia ley. Compruébalos antes de confiar en este formulario:</translation>
    </message>
    <message>
        <source>How to sign it</source>
        <translation>Cómo firmarlo</translation>
    </message>
    <message>
        <source>Who can&apos;t be a witness: {people}.</source>
        <translation>Quién no puede ser testigo: {people}.</translation>
    </message>
    <message>
        <source>For your witnesses: {note}</source>
        <translation>Para tus testigos: {note}</translation>
    </message>
    <message>
        <source>Who can&apos;t be your notary: {people}.</source>
        <translation>Quién no puede ser tu notario público: {people}.</translation>
    </message>
    <message>
        <source>What {place}&apos;s law means for you</source>
        <translation>Qué significa para ti la ley de {place}</translation>
    </message>
    <message>
        <source>Under {citation}</source>
        <translation>Según {citation}</translation>
    </message>
    <message>
        <source>The English text governs.</source>
        <translation>El texto en inglés es el que vale.</translation>
    </message>
    <message>
        <source>I want this directive to take effect:</source>
        <translation>Quiero que esta directiva entre en vigor:</translation>
    </message>
    <message>
        <source>When it is decided whether I can make my own decisions, I would like these people involved:</source>
        <translation>Cuando se decida si puedo tomar mis propias decisiones, me gustaría que participaran estas personas:</translation>
    </message>
    <message>
        <source>I want it to stop applying:</source>
        <translation>Quiero que deje de aplicarse:</translation>
    </message>
    <message>
        <source>My {agent} may:</source>
        <translation>Mi {agent} puede:</translation>
    </message>
    <message>
        <source>My {agent} may not:</source>
        <translation>Mi {agent} no puede:</translation>
    </message>
    <message>
        <source>I consent to these medications, if they are needed:</source>
        <translation>Doy mi consentimiento a estos medicamentos, si hacen falta:</translation>
    </message>
    <message>
        <source>I do not consent to these medications:</source>
        <translation>No doy mi consentimiento a estos medicamentos:</translation>
    </message>
    <message>
        <source>About medications, I also want you to know:</source>
        <translation>Sobre los medicamentos, también quiero que sepan:</translation>
    </message>
    <message>
        <source>For no longer than:</source>
        <translation>Por no más de:</translation>
    </message>
    <message>
        <source>I prefer to be cared for at:</source>
        <translation>Prefiero que me atiendan en:</translation>
    </message>
    <message>
        <source>I prefer not to be cared for at:</source>
        <translation>Prefiero que no me atiendan en:</translation>
    </message>
    <message>
        <source>Before a hospital, please try:</source>
        <translation>Antes de un hospital, por favor prueben:</translation>
    </message>
    <message>
        <source>I would like these professionals involved in my care:</source>
        <translation>Me gustaría que estos profesionales participaran en mi atención:</translation>
    </message>
    <message>
        <source>I would rather not be treated by:</source>
        <translation>Prefiero que no me trate:</translation>
    </message>
    <message>
        <source>My physical health conditions:</source>
        <translation>Mis problemas de salud física:</translation>
    </message>
    <message>
        <source>My allergies and reactions:</source>
        <translation>Mis alergias y reacciones:</translation>
    </message>
    <message>
        <source>About nicotine:</source>
        <translation>Sobre la nicotina:</translation>
    </message>
    <message>
        <source>What happened in past crises, and what helped:</source>
        <translation>Qué pasó en crisis anteriores, y qué me ayudó:</translation>
    </message>
    <message>
        <source>If police are involved:</source>
        <translation>Si interviene la policía:</translation>
    </message>
    <message>
        <source>When I am overwhelmed, these help me feel safer; please offer them first:</source>
        <translation>Cuando todo me sobrepasa, esto me ayuda a sentirme con más seguridad; por favor, ofrézcanmelo primero:</translation>
    </message>
    <message>
        <source>About seclusion, restraint and emergency medication:</source>
        <translation>Sobre el aislamiento, la sujeción y los medicamentos de emergencia:</translation>
    </message>
    <message>
        <source>Please tell these people if I am in the hospital:</source>
        <translation>Por favor, avisen a estas personas si estoy en el hospital:</translation>
    </message>
    <message>
        <source>These people may visit me:</source>
        <translation>Estas personas pueden visitarme:</translation>
    </message>
    <message>
        <source>These people may not visit me:</source>
        <translation>Estas personas no pueden visitarme:</translation>
    </message>
    <message>
        <source>I authorize my providers to give information about my care to:</source>
        <translation>Autorizo a quienes me atienden a dar información sobre mi atención a:</translation>
    </message>
    <message>
        <source>If a court appoints a guardian of my person, I nominate:</source>
        <translation>Si un tribunal me nombra un tutor, propongo a:</translation>
    </message>
    <message>
        <source>Who should look after the people I care for:</source>
        <translation>Quién debería cuidar a las personas que yo cuido:</translation>
    </message>
    <message>
        <source>Who should look after my pets:</source>
        <translation>Quién debería cuidar a mis mascotas:</translation>
    </message>
    <message>
        <source>My home, bills and work:</source>
        <translation>Mi casa, mis cuentas y mi trabajo:</translation>
    </message>
    <message>
        <source>Food and diet:</source>
        <translation>Comida y dieta:</translation>
    </message>
    <message>
        <source>Faith or spiritual needs:</source>
        <translation>Fe o necesidades espirituales:</translation>
    </message>
    <message>
        <source>The language I would like people to use with me:</source>
        <translation>El idioma en que me gustaría que me hablaran:</translation>
    </message>
    <message>
        <source>What calms me:</source>
        <translation>Lo que me calma:</translation>
    </message>
    <message>
        <source>For personal care:</source>
        <translation>Para el cuidado personal:</translation>
    </message>
    <message>
        <source>To communicate or get around, I need:</source>
        <translation>Para comunicarme o moverme, necesito:</translation>
    </message>
    <message>
        <source>How I would like to cancel or replace it:</source>
        <translation>Cómo me gustaría cancelarla o reemplazarla:</translation>
    </message>
    <message>
        <source>My health</source>
        <translation>Mi salud</translation>
    </message>
    <message>
        <source>What has helped me before</source>
        <translation>Lo que me ha ayudado antes</translation>
    </message>
    <message>
        <source>Things that matter to me</source>
        <translation>Cosas que me importan</translation>
    </message>
    <message>
        <source>Who to tell, and who may visit me</source>
        <translation>A quién avisar, y quién puede visitarme</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>representante</translation>
    </message>
    <message>
        <source>I consent to electroconvulsive therapy (ECT).</source>
        <translation>Doy mi consentimiento a la terapia electroconvulsiva (TEC).</translation>
    </message>
    <message>
        <source>I do not consent to electroconvulsive therapy (ECT).</source>
        <translation>No doy mi consentimiento a la terapia electroconvulsiva (TEC).</translation>
    </message>
    <message>
        <source>I have not decided about electroconvulsive therapy (ECT). I do not give consent to it in this document.</source>
        <translation>No he decidido sobre la terapia electroconvulsiva (TEC). En este documento no doy mi consentimiento para ella.</translation>
    </message>
    <message>
        <source>I consent to taking part in experimental studies or drug trials.</source>
        <translation>Doy mi consentimiento para participar en estudios experimentales o ensayos de medicamentos.</translation>
    </message>
    <message>
        <source>I do not consent to taking part in experimental studies or drug trials.</source>
        <translation>No doy mi consentimiento para participar en estudios experimentales o ensayos de medicamentos.</translation>
    </message>
    <message>
        <source>I have not decided about experimental studies or drug trials. I do not give consent to them in this document.</source>
        <translation>No he decidido sobre los estudios experimentales o los ensayos de medicamentos. No doy mi consentimiento a ellos en este documento.</translation>
    </message>
    <message>
        <source>I consent to admission to a hospital or treatment facility for mental health care, if it is needed while I am unable to decide, for no more than {days} days.</source>
        <translation>Doy mi consentimiento a que me ingresen en un hospital o un centro de tratamiento para atención de salud mental, si hace falta mientras no puedo decidir, por no más de {days} días.</translation>
    </message>
    <message>
        <source>I consent to admission to a hospital or treatment facility for mental health care, if it is needed while I am unable to decide.</source>
        <translation>Doy mi consentimiento a que me ingresen en un hospital o un centro de tratamiento para atención de salud mental, si hace falta mientras no puedo decidir.</translation>
    </message>
    <message>
        <source>I do not consent to admission to a hospital or treatment facility in this document.</source>
        <translation>En este documento no doy mi consentimiento a que me ingresen en un hospital o un centro de tratamiento.</translation>
    </message>
    <message>
        <source>I have not decided about admission to a hospital or treatment facility. I do not give consent to it in this document.</source>
        <translation>No he decidido sobre un ingreso en un hospital o un centro de tratamiento. En este documento no doy mi consentimiento para ese ingreso.</translation>
    </message>
    <message>
        <source>My {agent} may consent on my behalf to my admission to a level one behavioral health facility.</source>
        <translation>Mi {agent} puede dar su consentimiento, en mi nombre, a mi ingreso en un centro de salud conductual de nivel uno.</translation>
    </message>
    <message>
        <source>My {agent} may consent on my behalf to my admission to a hospital or treatment facility.</source>
        <translation>Mi {agent} puede dar su consentimiento, en mi nombre, a mi ingreso en un hospital o un centro de tratamiento.</translation>
    </message>
    <message>
        <source>My {agent} may not consent to my admission on my behalf.</source>
        <translation>Mi {agent} no puede dar su consentimiento a mi ingreso en mi nombre.</translation>
    </message>
    <message>
        <source>My {agent} is limited to carrying out the instructions in this form.</source>
        <translation>Mi {agent} se limita a cumplir las instrucciones de este formulario.</translation>
    </message>
    <message>
        <source>My {agent} has authority to make decisions about my behavioral health treatment, medication and alternative treatment on my behalf.</source>
        <translation>Mi {agent} tiene autoridad para tomar decisiones en mi nombre sobre mi tratamiento de salud conductual, mis medicamentos y los tratamientos alternativos.</translation>
    </message>
    <message>
        <source>I want to be able to revoke this directive at any time, even during periods when I lack capacity.</source>
        <translation>Quiero poder revocar esta directiva en cualquier momento, incluso cuando no tenga capacidad.</translation>
    </message>
    <message>
        <source>This directive remains irrevocable during periods of incapacity.</source>
        <translation>Esta directiva no se puede revocar mientras no tenga capacidad.</translation>
    </message>
    <message>
        <source>My reason: {reason}</source>
        <translation>Mi razón: {reason}</translation>
    </message>
    <message>
        <source>The name I use</source>
        <translation>El nombre que uso</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>Mis pronombres</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Eye color</source>
        <translation>Color de ojos</translation>
    </message>
    <message>
        <source>Hair color</source>
        <translation>Color de cabello</translation>
    </message>
    <message>
        <source>Race or ethnic background</source>
        <translation>Raza u origen étnico</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <source>When this directive applies</source>
        <translation>Cuándo se aplica esta directiva</translation>
    </message>
    <message>
        <source>Choice of decision maker (initial only one)</source>
        <translation>Quién decide (pon tus iniciales en una sola opción)</translation>
    </message>
    <message>
        <source>If I become incapable of giving or withholding informed consent for mental health treatment, I want these decisions to be made by:</source>
        <translation>Si pierdo la capacidad de dar o negar mi consentimiento informado para el tratamiento de salud mental, quiero que tome estas decisiones:</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Iniciales</translation>
    </message>
    <message>
        <source>Appointment of my {word}</source>
        <translation>Nombramiento de mi {word}</translation>
    </message>
    <message>
        <source>I appoint {agent} as my {word} to make decisions about my mental health treatment when I am unable to make them, consistent with the wishes I express in this document.</source>
        <translation>Nombro a {agent} como mi {word} para tomar decisiones sobre mi tratamiento de salud mental cuando yo no pueda tomarlas, según los deseos que expreso en este documento.</translation>
    </message>
    <message>
        <source>If my {word} is unable or unwilling to act, I appoint as my alternate {word}, in this order: {alternates}.</source>
        <translation>Si mi {word} no puede o no quiere actuar, nombro como {word} suplente, en este orden: {alternates}.</translation>
    </message>
    <message>
        <source>I do not appoint a {word} in this document.</source>
        <translation>No nombro {word} en este documento.</translation>
    </message>
    <message>
        <source>(If you want to name one by hand, write the name, address and phone here.)</source>
        <translation>(Si quieres nombrar a alguien a mano, escribe aquí su nombre, su dirección y su teléfono.)</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>How long it lasts, and cancelling it</source>
        <translation>Cuánto dura, y cómo cancelarla</translation>
    </message>
    <message>
        <source>This document is valid for {years} years from the date I sign it. If it is in effect because I am unable to decide when that time ends, it remains in effect until I am able to decide again.</source>
        <translation>Este documento vale por {years} años desde la fecha en que lo firmo. Si cuando termina ese plazo está en vigor porque no puedo decidir, sigue en vigor hasta que pueda decidir de nuevo.</translation>
    </message>
    <message>
        <source>This document is valid for {years} years from the date I sign it.</source>
        <translation>Este documento vale por {years} años desde la fecha en que lo firmo.</translation>
    </message>
    <message>
        <source>This document has no expiration date. It remains in effect until I revoke it.</source>
        <translation>Este documento no tiene fecha de vencimiento. Sigue en vigor hasta que lo revoque.</translation>
    </message>
    <message>
        <source>Valid until (date)</source>
        <translation>Vale hasta (fecha)</translation>
    </message>
    <message>
        <source>I sign this {title} willfully and voluntarily, on the date written below.</source>
        <translation>Firmo este documento ({title}) por mi propia voluntad, en la fecha escrita abajo.</translation>
    </message>
    <message>
        <source>Signature of {name}</source>
        <translation>Firma de {name}</translation>
    </message>
    <message>
        <source>City, county and state where signed</source>
        <translation>Ciudad, condado y estado donde se firma</translation>
    </message>
    <message>
        <source>Statement of witness</source>
        <translation>Declaración del testigo</translation>
    </message>
    <message>
        <source>Statement of witnesses</source>
        <translation>Declaración de los testigos</translation>
    </message>
    <message>
        <source>Sign here, or use the notary certificate below instead.</source>
        <translation>Firmen aquí, o usen en su lugar el certificado del notario público que está abajo.</translation>
    </message>
    <message>
        <source>Signature of witness {number}</source>
        <translation>Firma del testigo {number}</translation>
    </message>
    <message>
        <source>Notary certificate (instead of the witnesses)</source>
        <translation>Certificado del notario público (en lugar de los testigos)</translation>
    </message>
    <message>
        <source>Notary certificate</source>
        <translation>Certificado del notario público</translation>
    </message>
    <message>
        <source>Notary certificate (optional)</source>
        <translation>Certificado del notario público (opcional)</translation>
    </message>
    <message>
        <source>State of ______________________   County of ______________________</source>
        <translation>Estado de ______________________   Condado de ______________________</translation>
    </message>
    <message>
        <source>On ______________ (date), before me, ______________________________ (name of notary public), personally appeared {name}, proved to me on the basis of satisfactory evidence to be the person whose name is signed on this document, who acknowledged signing it willfully and voluntarily.</source>
        <translation>El ______________ (fecha), ante mí, ______________________________ (nombre del notario público), compareció personalmente {name}, quien me demostró con pruebas suficientes ser la persona cuyo nombre figura firmado en este documento, y reconoció haberlo firmado por su propia voluntad.</translation>
    </message>
    <message>
        <source>Signature of notary public</source>
        <translation>Firma del notario público</translation>
    </message>
    <message>
        <source>Printed name of notary public</source>
        <translation>Nombre del notario público en letra de molde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Commission number</source>
        <translation>Número de comisión</translation>
    </message>
    <message>
        <source>My commission expires</source>
        <translation>Mi comisión vence el</translation>
    </message>
    <message>
        <source>Acceptance by the {word}: {name}</source>
        <translation>Aceptación del {word}: {name}</translation>
    </message>
    <message>
        <source>Acceptance by the alternate {word}: {name}</source>
        <translation>Aceptación del {word} suplente: {name}</translation>
    </message>
    <message>
        <source>Copies of this document are held by</source>
        <translation>Tienen una copia de este documento</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>{title} — signing form</source>
        <translation>{title} — formulario para firmar</translation>
    </message>
    <message>
        <source>Psychiatric advance directive ({place})</source>
        <translation>Directiva anticipada de salud mental ({place})</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (continuación)</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>página {number} de {total}</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>{count} más</translation>
    </message>
    <message>
        <source>Not all of it fits on this page: more of {what} is in {where}.</source>
        <translation>No todo cabe en esta página: hay más de {what} en {where}.</translation>
    </message>
    <message>
        <source>the full record of this plan</source>
        <translation>el registro completo de este plan</translation>
    </message>
    <message>
        <source>No steps still to do.</source>
        <translation>No quedan pasos por hacer.</translation>
    </message>
    <message>
        <source>My next steps</source>
        <translation>Mis siguientes pasos</translation>
    </message>
    <message>
        <source>Steps still to do, {day}. Tick each one when it&apos;s done.</source>
        <translation>Pasos por hacer, {day}. Marca cada uno cuando esté hecho.</translation>
    </message>
    <message>
        <source>your plan “{title}”</source>
        <translation>tu plan “{title}”</translation>
    </message>
    <message>
        <source>My days</source>
        <translation>Mis días</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <source>Nothing written down for these days.</source>
        <translation>Nada anotado en estos días.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Added {items}.</source>
        <translation>Se agregó: {items}.</translation>
    </message>
    <message>
        <source>Removed {items}.</source>
        <translation>Se quitó: {items}.</translation>
    </message>
    <message>
        <source>Added {added}; removed {removed}.</source>
        <translation>Se agregó: {added}; se quitó: {removed}.</translation>
    </message>
    <message>
        <source>Same items, in a new order.</source>
        <translation>Lo mismo, en otro orden.</translation>
    </message>
</context>
<context>
    <name>home</name>
    <message>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
</context>
<context>
    <name>pad</name>
    <message>
        <source>WellPlan helps you prepare, but it isn&apos;t legal advice. Laws and official forms change: compare what you write here with your state&apos;s current official form, and ask a lawyer or a local advocacy organization if you can.</source>
        <translation>WellPlan te ayuda a prepararte, pero no es asesoría legal. Las leyes y los formularios oficiales cambian: compara lo que escribes aquí con el formulario oficial vigente de tu estado y, si puedes, consulta a un abogado o a una organización de defensa de derechos de tu zona.</translation>
    </message>
    <message>
        <source>no witnesses</source>
        <translation>ningún testigo</translation>
    </message>
    <message>
        <source>one witness</source>
        <translation>un testigo</translation>
    </message>
    <message>
        <source>two witnesses</source>
        <translation>dos testigos</translation>
    </message>
    <message>
        <source>three witnesses</source>
        <translation>tres testigos</translation>
    </message>
    <message>
        <source>{n} witnesses</source>
        <translation>{n} testigos</translation>
    </message>
    <message>
        <source>No witnesses</source>
        <translation>Ningún testigo</translation>
    </message>
    <message>
        <source>One adult witness</source>
        <translation>Un testigo adulto</translation>
    </message>
    <message>
        <source>Two adult witnesses</source>
        <translation>Dos testigos adultos</translation>
    </message>
    <message>
        <source>Three adult witnesses</source>
        <translation>Tres testigos adultos</translation>
    </message>
    <message>
        <source>{n} adult witnesses</source>
        <translation>{n} testigos adultos</translation>
    </message>
    <message>
        <source>When it is used</source>
        <translation>Cuándo se usa</translation>
    </message>
    <message>
        <source>How long it lasts</source>
        <translation>Cuánto dura</translation>
    </message>
    <message>
        <source>Cancelling it</source>
        <translation>Cómo cancelarla</translation>
    </message>
    <message>
        <source>Your agent</source>
        <translation>Tu representante</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>A directive can consent to admission to a facility for at most {days} days.</source>
        <translation>Una directiva puede aceptar un ingreso en un centro por {days} días como máximo.</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copias</translation>
    </message>
    <message>
        <source>What providers must do</source>
        <translation>Lo que deben hacer quienes te atienden</translation>
    </message>
    <message>
        <source>{who}, or a notary instead.</source>
        <translation>{who}, o un notario público en su lugar.</translation>
    </message>
    <message>
        <source>{who}, and a notary as well.</source>
        <translation>{who}, y además un notario público.</translation>
    </message>
    <message>
        <source>{who}. A notary is optional.</source>
        <translation>{who}. El notario público es opcional.</translation>
    </message>
    <message>
        <source>{who}. No notary is needed.</source>
        <translation>{who}. No hace falta un notario público.</translation>
    </message>
    <message>
        <source>with {witnesses} watching</source>
        <translation>con {witnesses} presentes</translation>
    </message>
    <message>
        <source>{present}, or in front of a notary</source>
        <translation>{present}, o ante un notario público</translation>
    </message>
    <message>
        <source>in front of a notary</source>
        <translation>ante un notario público</translation>
    </message>
    <message>
        <source>{present} and in front of a notary</source>
        <translation>{present} y ante un notario público</translation>
    </message>
    <message>
        <source>It lasts until you cancel or replace it, unless you set an end date.</source>
        <translation>Dura hasta que la canceles o la sustituyas, salvo que pongas una fecha de fin.</translation>
    </message>
    <message>
        <source>It lasts {years} years from signing, and keeps going if you are unable to decide for yourself when it would end.</source>
        <translation>Dura {years} años desde la firma, y sigue vigente si, cuando terminaría, no puedes decidir por tu cuenta.</translation>
    </message>
    <message>
        <source>It lasts {years} years from signing.</source>
        <translation>Dura {years} años desde la firma.</translation>
    </message>
    <message>
        <source>Your full name, so the directive says whose it is.</source>
        <translation>Tu nombre completo, para que la directiva diga de quién es.</translation>
    </message>
    <message>
        <source>In {place} you must be {age} or older to make this directive.</source>
        <translation>En {place} debes tener {age} años o más para hacer esta directiva.</translation>
    </message>
    <message>
        <source>{place} needs {need} or a notary; you have {have}.</source>
        <translation>{place} pide {need} o un notario público; por ahora tienes: {have}.</translation>
    </message>
    <message>
        <source>{place} needs {need} and a notary; you have {have}.</source>
        <translation>{place} pide {need} y un notario público; por ahora tienes: {have}.</translation>
    </message>
    <message>
        <source>{place} needs a notary as well as the witnesses.</source>
        <translation>{place} pide un notario público además de los testigos.</translation>
    </message>
    <message>
        <source>{place} needs {need}; you have {have}.</source>
        <translation>{place} pide {need}; por ahora tienes: {have}.</translation>
    </message>
    <message>
        <source>Witnesses and notary: {rule}</source>
        <translation>Testigos y notario público: {rule}</translation>
    </message>
    <message>
        <source>Your agent or alternate can&apos;t also be one of your witnesses.</source>
        <translation>Tu representante o suplente no puede ser también uno de tus testigos.</translation>
    </message>
    <message>
        <source>You haven&apos;t named an agent. That&apos;s your choice: your written wishes still guide your care.</source>
        <translation>No has nombrado representante. Es tu decisión: tus deseos por escrito siguen guiando tu atención.</translation>
    </message>
    <message>
        <source>In {place} your agent (and each alternate) signs to accept the role; the printed form has a place for each of them.</source>
        <translation>En {place}, tu representante (y cada suplente) firma para aceptar el cargo; el formulario impreso tiene un espacio para cada firma.</translation>
    </message>
    <message>
        <source>{heading}: {text}</source>
        <translation>{heading}: {text}</translation>
    </message>
    <message>
        <source>Who can&apos;t be a witness: {people}.</source>
        <translation>Quién no puede ser testigo: {people}.</translation>
    </message>
    <message>
        <source>For your witnesses: {note}</source>
        <translation>Para tus testigos: {note}</translation>
    </message>
    <message>
        <source>Who can&apos;t be your notary: {people}.</source>
        <translation>Quién no puede ser tu notario público: {people}.</translation>
    </message>
    <message>
        <source>Not yet confirmed: {fact}.</source>
        <translation>Aún sin confirmar: {fact}.</translation>
    </message>
</context>
<context>
    <name>present</name>
    <message>
        <source>(no longer in your records)</source>
        <extracomment>Characters one line may have on a one-page sheet; longer ones end with &quot;…&quot; (the full record has every word).</extracomment>
        <translation>(ya no está en tus registros)</translation>
    </message>
    <message>
        <source>done {day}</source>
        <translation>hecho el {day}</translation>
    </message>
    <message>
        <source>Electroconvulsive therapy (ECT)</source>
        <translation>Terapia electroconvulsiva (TEC)</translation>
    </message>
    <message>
        <source>Research studies or drug trials</source>
        <translation>Estudios de investigación o ensayos de medicamentos</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Name</source>
        <extracomment>The fields of each kind of record, in the order they are shown. ``name`` always comes first and is the only field a record needs. Labels are in English: show them with said(&quot;records&quot;, …).</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation>Quién es para ti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Who prescribes it</source>
        <translation>Quién lo receta</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>What it&apos;s for</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <source>How it affects you</source>
        <translation>Cómo te afecta</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>What kind of place</source>
        <translation>Qué tipo de lugar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Your WellPlan recovery key</source>
        <translation>Tu clave de recuperación de WellPlan</translation>
    </message>
    <message>
        <source>For the file “{file}”, locked with a passphrase on {day}.</source>
        <translation>Para el archivo “{file}”, bloqueado con una contraseña el {day}.</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <source>This key opens your file if you forget your passphrase. When WellPlan asks for the passphrase, type the key instead. Capital letters, spaces and dashes don&apos;t matter, and a mistyped group is caught.</source>
        <translation>Esta clave abre tu archivo si olvidas tu contraseña. Cuando WellPlan te pida la contraseña, escribe la clave en su lugar. Las mayúsculas, los espacios y los guiones no importan, y si te equivocas en un grupo, WellPlan lo detecta.</translation>
    </message>
    <message>
        <source>Keep it safe</source>
        <translation>Guárdala bien</translation>
    </message>
    <message>
        <source>Keep this sheet away from your computer: with your important papers, or with someone you trust. Anyone who has both this key and your file can read your plans.</source>
        <translation>Guarda esta hoja lejos de tu computadora: con tus papeles importantes, o con alguien de confianza. Quien tenga esta clave y también tu archivo puede leer tus planes.</translation>
    </message>
    <message>
        <source>No one else can open the file</source>
        <translation>Nadie más puede abrir el archivo</translation>
    </message>
    <message>
        <source>Without your passphrase or this key, no one can open the file: not WellPlan, not us, not anyone. There is no reset.</source>
        <translation>Sin tu contraseña o esta clave, nadie puede abrir el archivo: ni WellPlan, ni nosotros, ni nadie. No hay forma de restablecerla.</translation>
    </message>
    <message>
        <source>If you change your passphrase</source>
        <translation>Si cambias tu contraseña</translation>
    </message>
    <message>
        <source>This key stops working, and WellPlan gives you a new one. Print the new sheet, and tear up or shred this one.</source>
        <translation>Esta clave deja de funcionar y WellPlan te da una nueva. Imprime la hoja nueva y rompe o tritura esta.</translation>
    </message>
    <message>
        <source>WellPlan recovery key</source>
        <translation>Clave de recuperación de WellPlan</translation>
    </message>
    <message>
        <source>Recovery key for {file}</source>
        <translation>Clave de recuperación de {file}</translation>
    </message>
    <message>
        <source>WellPlan recovery sheet · {file}</source>
        <translation>Hoja de recuperación de WellPlan · {file}</translation>
    </message>
</context>
<context>
    <name>seal</name>
    <message>
        <source>version {number}, {day}</source>
        <translation>versión {number}, {day}</translation>
    </message>
    <message>
        <source>Sealed by {name} on {day}</source>
        <translation>Precintado por {name} el {day}</translation>
    </message>
    <message>
        <source>a WellPlan user</source>
        <translation>una persona que usa WellPlan</translation>
    </message>
    <message>
        <source>Sealer&apos;s fingerprint</source>
        <translation>Huella de quien lo precintó</translation>
    </message>
    <message>
        <source>To check it, open this PDF in any PDF reader: it shows who sealed it and that nothing changed since. Or, in WellPlan: File ▸ Verify a PDF.</source>
        <translation>Para comprobarlo, abre este PDF en cualquier lector de PDF: muestra quién lo precintó y que nada cambió desde entonces. O, en WellPlan: Archivo ▸ Verificar un PDF.</translation>
    </message>
    <message>
        <source>This PDF was changed after it was sealed, or its seal is damaged. Don&apos;t rely on it; ask for a fresh copy.</source>
        <translation>Este PDF cambió después de precintarlo, o su precinto está dañado. No confíes en él; pide una copia nueva.</translation>
    </message>
    <message>
        <source>This isn&apos;t a PDF WellPlan can read: it may be damaged or not a PDF.</source>
        <translation>WellPlan no puede leer este PDF: puede estar dañado o no ser un PDF.</translation>
    </message>
    <message>
        <source>This PDF has no seal, so there is no way to tell whether it was changed.</source>
        <translation>Este PDF no tiene precinto digital, así que no hay forma de saber si cambió.</translation>
    </message>
    <message>
        <source> on {day} at {time}</source>
        <translation> el {day} a las {time}</translation>
    </message>
    <message>
        <source>Not changed since {signer} sealed it{when}. Sealer&apos;s fingerprint: {fp}.</source>
        <translation>Sin cambios desde que {signer} lo precintó{when}. Huella de quien lo precintó: {fp}.</translation>
    </message>
    <message>
        <source>this plan file&apos;s sealer (fingerprint {fp})</source>
        <translation>quien precinta con este archivo de planes (huella {fp})</translation>
    </message>
    <message>
        <source>this plan file, which hasn&apos;t sealed anything yet</source>
        <translation>este archivo de planes, que aún no ha precintado nada</translation>
    </message>
    <message>
        <source>Sealed by someone else (fingerprint {fp}), “{signer}”, not by {theirs}. The PDF itself wasn&apos;t changed since it was sealed{when}.</source>
        <translation>Precintado por otra persona (huella {fp}), “{signer}”, no por {theirs}. El PDF en sí no cambió desde que se precintó{when}.</translation>
    </message>
    <message>
        <source>an identity this file doesn&apos;t know</source>
        <translation>una identidad que este archivo no conoce</translation>
    </message>
    <message>
        <source>an identity WellPlan can&apos;t check without their plan file</source>
        <translation>una identidad que WellPlan no puede comprobar sin su archivo de planes</translation>
    </message>
    <message>
        <source>Not changed since it was sealed{when}, by “{signer}”, {whose}. Compare the sealer&apos;s fingerprint with the one the sender gives you: {fp}.</source>
        <translation>Sin cambios desde que se precintó{when}, por “{signer}”, {whose}. Compara la huella de quien lo precintó con la que te dé quien te lo envió: {fp}.</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>The person making this plan</source>
        <extracomment>In English; show them with ``role_label`` (in the language being spoken).</extracomment>
        <translation>La persona que hace este plan</translation>
    </message>
    <message>
        <source>Witness 1</source>
        <translation>Testigo 1</translation>
    </message>
    <message>
        <source>Witness 2</source>
        <translation>Testigo 2</translation>
    </message>
    <message>
        <source>Witness 3</source>
        <translation>Testigo 3</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Alternate agent</source>
        <translation>Representante suplente</translation>
    </message>
    <message>
        <source>the person named in this plan</source>
        <translation>la persona nombrada en este plan</translation>
    </message>
    <message>
        <source>I, {who}, make this directive of my own free will. I understand what it says.</source>
        <translation>Yo, {who}, hago esta directiva por mi propia voluntad. Entiendo lo que dice.</translation>
    </message>
    <message>
        <source>I, {who}, wrote this plan in my own words, and it says what I want.</source>
        <translation>Yo, {who}, escribí este plan con mis propias palabras, y dice lo que quiero.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>ti</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>la persona</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translation>Tu firma</translation>
    </message>
    <message>
        <source>This step is for {me} only. No one else can sign or tick anything here for you.</source>
        <translation>Este paso es solo para {me}. Nadie más puede firmar ni marcar nada aquí por ti.</translation>
    </message>
    <message>
        <source>Witness {number} of {count}</source>
        <translation>Testigo {number} de {count}</translation>
    </message>
    <message>
        <source>Please hand the laptop to witness {number}. This step is for the witness alone: {me} doesn&apos;t answer or sign here.</source>
        <translation>Por favor, pásale la computadora al testigo {number}. Este paso es solo para el testigo: aquí {me} no responde ni firma.</translation>
    </message>
    <message>
        <source>I watched {name} sign this directive of their own free will.</source>
        <translation>Vi a {name} firmar esta directiva por su propia voluntad.</translation>
    </message>
    <message>
        <source>Acceptance by your alternate agent</source>
        <translation>Aceptación de tu representante suplente</translation>
    </message>
    <message>
        <source>Acceptance by your agent</source>
        <translation>Aceptación de tu representante</translation>
    </message>
    <message>
        <source>Please hand the laptop to {name}. This step is for them alone.</source>
        <translation>Por favor, pásale la computadora a {name}. Este paso es solo para esa persona.</translation>
    </message>
    <message>
        <source>I accept the role of alternate agent for {name}. I will act in good faith, following this directive and their wishes.</source>
        <translation>Acepto ser representante suplente de {name}. Actuaré de buena fe, siguiendo esta directiva y sus deseos.</translation>
    </message>
    <message>
        <source>I accept the role of agent for {name}. I will act in good faith, following this directive and their wishes.</source>
        <translation>Acepto ser representante de {name}. Actuaré de buena fe, siguiendo esta directiva y sus deseos.</translation>
    </message>
    <message>
        <source>Type your full name as the witness.</source>
        <translation>Escribe tu nombre completo como testigo.</translation>
    </message>
    <message>
        <source>You can&apos;t witness your own directive: ask someone else to be a witness.</source>
        <translation>No puedes ser testigo de tu propia directiva: pídele a otra persona que lo sea.</translation>
    </message>
    <message>
        <source>The person named as agent can&apos;t also be a witness: ask someone else to witness.</source>
        <translation>La persona nombrada como representante no puede ser también testigo: pídeselo a otra persona.</translation>
    </message>
    <message>
        <source>This person has already signed as a witness: each witness is different.</source>
        <translation>Esta persona ya firmó como testigo: cada testigo tiene que ser una persona distinta.</translation>
    </message>
    <message>
        <source>Answer each question above (yes or no) to go on.</source>
        <translation>Responde cada pregunta de arriba (sí o no) para seguir.</translation>
    </message>
    <message>
        <source>Answer the question above (yes or no) to go on.</source>
        <translation>Responde la pregunta de arriba (sí o no) para seguir.</translation>
    </message>
    <message>
        <source>Because you answered yes to “{question}”, {place}&apos;s rules don&apos;t let you be a witness. Thank you for being here: please ask someone else to witness.</source>
        <translation>Como respondiste que sí a “{question}”, las reglas de {place} no te permiten ser testigo. Gracias por estar aquí: por favor, pídele a otra persona que sea testigo.</translation>
    </message>
    <message>
        <source>Because you answered yes to “{question}”, {place}&apos;s rules don&apos;t let you be the only witness. Thank you for being here: please ask someone else to witness, or add a second witness on the printed form.</source>
        <translation>Como respondiste que sí a “{question}”, las reglas de {place} no te permiten ser el único testigo. Gracias por estar aquí: pide a otra persona que sea testigo, o agrega un segundo testigo en el formulario impreso.</translation>
    </message>
    <message>
        <source>{place} allows this kind of directive to be signed electronically, so signing here can count, as long as it is done the way the law asks ({where}). You can also print the signing form and sign it in ink.</source>
        <translation>{place} permite firmar este tipo de directiva de forma electrónica, así que firmar aquí puede valer, siempre que se haga como pide la ley ({where}). También puedes imprimir el formulario y firmarlo con tinta.</translation>
    </message>
    <message>
        <source>{place} allows this kind of directive to be signed electronically, so signing here can count, as long as it is done the way the law asks. You can also print the signing form and sign it in ink.</source>
        <translation>{place} permite firmar este tipo de directiva de forma electrónica, así que firmar aquí puede valer, siempre que se haga como pide la ley. También puedes imprimir el formulario y firmarlo con tinta.</translation>
    </message>
    <message>
        <source>In {place}, sign the printed form in ink, {where}. Signing here puts your signatures on this version and on the PDF, and the seal proves the file hasn&apos;t been changed since. It isn&apos;t the legal signing itself.</source>
        <translation>En {place}, firma con tinta el formulario impreso, {where}. Firmar aquí pone las firmas en esta versión y en el PDF, y el precinto digital demuestra que el archivo no cambió desde entonces. No es la firma legal en sí.</translation>
    </message>
    <message>
        <source>In {place}, sign the printed form in ink. Signing here puts your signatures on this version and on the PDF, and the seal proves the file hasn&apos;t been changed since. It isn&apos;t the legal signing itself.</source>
        <translation>En {place}, firma con tinta el formulario impreso. Firmar aquí pone las firmas en esta versión y en el PDF, y el precinto digital demuestra que el archivo no cambió desde entonces. No es la firma legal en sí.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>The copy of “{name}” didn&apos;t pass SQLite&apos;s check ({detail}), so it wasn&apos;t kept. Your file is unchanged.</source>
        <translation>La copia de “{name}” no pasó la revisión de SQLite ({detail}), así que no se guardó. Tu archivo no cambió.</translation>
    </message>
    <message>
        <source>The backup “{copy}” can&apos;t be used: {problems} “{file}” was left as it was. Choose another backup.</source>
        <translation>No se puede usar la copia de seguridad “{copy}”: {problems} “{file}” quedó como estaba. Elige otra copia de seguridad.</translation>
    </message>
    <message>
        <source>Your disk is full, so the last change couldn&apos;t be saved. Free up some space (empty the bin, or move large files).</source>
        <translation>El disco está lleno, así que no se pudo guardar el último cambio. Libera espacio (vacía la papelera o mueve archivos grandes).</translation>
    </message>
    <message>
        <source>What you typed is still on the screen, and WellPlan will save it then.</source>
        <translation>Lo que escribiste sigue en la pantalla, y WellPlan lo guardará en cuanto haya espacio.</translation>
    </message>
    <message>
        <source>Then run the command again.</source>
        <translation>Luego vuelve a ejecutar el comando.</translation>
    </message>
    <message>
        <source>“{name}” is being used by another program (perhaps another WellPlan window). Close it there and try again.</source>
        <translation>Otro programa está usando “{name}” (quizá otra ventana de WellPlan). Ciérralo ahí y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>“{name}” is damaged, so WellPlan stopped before changing anything more. If you have a backup or another copy, open that instead.</source>
        <translation>“{name}” está dañado, así que WellPlan se detuvo antes de cambiar nada más. Si tienes una copia de seguridad u otra copia, abre esa.</translation>
    </message>
    <message>
        <source>WellPlan can&apos;t save to “{name}” because the file or its folder is read-only.</source>
        <translation>WellPlan no puede guardar en “{name}” porque el archivo o su carpeta son de solo lectura.</translation>
    </message>
    <message>
        <source>Use File ▸ Save As to keep a copy somewhere you can write to.</source>
        <translation>Usa Archivo ▸ Guardar como para guardar una copia en un lugar donde puedas escribir.</translation>
    </message>
    <message>
        <source>Copy it somewhere you can write to, or make it writable.</source>
        <translation>Cópialo a un lugar donde puedas escribir, o permite escribir en él.</translation>
    </message>
    <message>
        <source>“{name}” doesn&apos;t exist, or its folder doesn&apos;t.</source>
        <translation>“{name}” no existe, o su carpeta no existe.</translation>
    </message>
    <message>
        <source>“{name}” is a link that leads back to itself, so there is no file to open.</source>
        <translation>“{name}” es un enlace que lleva a sí mismo, así que no hay ningún archivo que abrir.</translation>
    </message>
    <message>
        <source>WellPlan couldn&apos;t read or write “{name}”: {why}.</source>
        <translation>WellPlan no pudo leer ni escribir “{name}”: {why}.</translation>
    </message>
    <message>
        <source>WellPlan couldn&apos;t open “{name}”. Check that its folder exists and that you are allowed to write there.</source>
        <translation>WellPlan no pudo abrir “{name}”. Revisa que su carpeta exista y que tengas permiso para escribir ahí.</translation>
    </message>
    <message>
        <source>WellPlan couldn&apos;t read or write “{name}”: {original}</source>
        <translation>WellPlan no pudo leer ni escribir “{name}”: {original}</translation>
    </message>
    <message>
        <source>“{path}” is damaged (its list of tables can&apos;t be read), so WellPlan stopped before changing anything. If you have a backup or another copy, restore that.</source>
        <translation>“{path}” está dañado (no se puede leer su lista de tablas), así que WellPlan se detuvo antes de cambiar nada. Si tienes una copia de seguridad u otra copia, restaura esa.</translation>
    </message>
    <message>
        <source>“{name}” is locked with a passphrase. Type it to open the file.</source>
        <translation>“{name}” está bloqueado con una contraseña. Escríbela para abrir el archivo.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open “{name}”. Check that Caps Lock is off and try again; you can also type your recovery key instead. (If you are sure it is right, the start of the file may be damaged: open one of its backups.)</source>
        <translation>Esa contraseña no abre “{name}”. Revisa que las mayúsculas (Bloq Mayús) no estén activadas y vuelve a intentarlo; también puedes escribir tu clave de recuperación. (Si sabes que es la correcta, puede que el comienzo del archivo esté dañado: abre una de sus copias de seguridad).</translation>
    </message>
    <message>
        <source>You can try as often as you need.</source>
        <translation>Puedes intentarlo todas las veces que necesites.</translation>
    </message>
    <message>
        <source>Locking files with a passphrase needs SQLCipher and Argon2, which aren&apos;t installed with this WellPlan. Reinstall it with its locking support (pip install sqlcipher3 argon2-cffi), or use WellPlan on a computer where locking works.</source>
        <translation>Para bloquear archivos con una contraseña se necesitan SQLCipher y Argon2, que no están instalados con este WellPlan. Vuelve a instalarlo con el bloqueo incluido (pip install sqlcipher3 argon2-cffi), o usa WellPlan en una computadora donde el bloqueo funcione.</translation>
    </message>
    <message>
        <source>Locking isn&apos;t available here</source>
        <translation>Aquí no se puede bloquear</translation>
    </message>
    <message>
        <source>A recovery key has {RECOVERY_GROUPS} groups of 4 letters and digits; this one has a different length.</source>
        <translation>Una clave de recuperación tiene {RECOVERY_GROUPS} grupos de 4 letras y números; esta tiene otro largo.</translation>
    </message>
    <message>
        <source>That isn&apos;t a recovery key: it has letters a recovery key never has.</source>
        <translation>Eso no es una clave de recuperación: tiene letras que una clave de recuperación nunca tiene.</translation>
    </message>
    <message>
        <source>A letter or digit in that recovery key is wrong. Please check each group.</source>
        <translation>Una letra o un número de esa clave de recuperación no es correcto. Revisa cada grupo, por favor.</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation>{some} y {last}</translation>
    </message>
    <message>
        <source>Part of {which} in “{name}” is damaged and can&apos;t be read.</source>
        <translation>Una parte de {which} en “{name}” está dañada y no se puede leer.</translation>
    </message>
    <message>
        <source>“{name}” is damaged.</source>
        <translation>“{name}” está dañado.</translation>
    </message>
    <message>
        <source>{what} WellPlan didn&apos;t change anything in the file, and won&apos;t save to it, because writing into a damaged file can lose more.</source>
        <translation>{what} WellPlan no cambió nada en el archivo y no va a guardar en él, porque escribir en un archivo dañado puede hacer que se pierda más.</translation>
    </message>
    <message>
        <source> The newest good backup is from {moment}: restore it to carry on.</source>
        <translation> La copia de seguridad buena más reciente es del {moment}: restáurala para seguir.</translation>
    </message>
    <message>
        <source> If you have a backup or another copy of the file, restore that to carry on.</source>
        <translation> Si tienes una copia de seguridad u otra copia del archivo, restaura esa para seguir.</translation>
    </message>
    <message>
        <source>No backup was made. </source>
        <translation>No se hizo ninguna copia de seguridad. </translation>
    </message>
    <message>
        <source>Something went wrong with your file</source>
        <translation>Algo salió mal con tu archivo</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>No se encontró el archivo</translation>
    </message>
    <message>
        <source>Not a WellPlan file</source>
        <translation>No es un archivo de WellPlan</translation>
    </message>
    <message>
        <source>This file looks damaged</source>
        <translation>Este archivo parece dañado</translation>
    </message>
    <message>
        <source>Made by a newer WellPlan</source>
        <translation>Hecho con un WellPlan más nuevo</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Archivo en uso</translation>
    </message>
    <message>
        <source>Not enough space</source>
        <translation>No hay suficiente espacio</translation>
    </message>
    <message>
        <source>Can&apos;t save to this file</source>
        <translation>No se puede guardar en este archivo</translation>
    </message>
    <message>
        <source>This file is closed</source>
        <translation>Este archivo está cerrado</translation>
    </message>
    <message>
        <source>This file is locked</source>
        <translation>Este archivo está bloqueado</translation>
    </message>
    <message>
        <source>That didn&apos;t unlock the file</source>
        <translation>Eso no desbloqueó el archivo</translation>
    </message>
    <message>
        <source>Not in this file</source>
        <translation>No está en este archivo</translation>
    </message>
    <message>
        <source>“{name}” isn&apos;t a file on disk (it is a device, a pipe or a socket), so WellPlan didn&apos;t open it. Choose the .wellplan file itself.</source>
        <extracomment>&quot;WPLN&quot; — stored at byte 68 of the SQLite header by ``PRAGMA application_id``. The schema this build writes. Equals the number of the newest Alembic revision (a test keeps the two in step). Stored at byte 60 by ``PRAGMA user_version``.</extracomment>
        <translation>“{name}” no es un archivo en el disco (es un dispositivo, una tubería o un socket), así que WellPlan no lo abrió. Elige el archivo .wellplan en sí.</translation>
    </message>
    <message>
        <source>“{name}” doesn&apos;t exist. If it did before, it may have been moved, renamed or deleted.</source>
        <translation>“{name}” no existe. Si existía antes, puede que se haya movido, cambiado de nombre o borrado.</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a WellPlan file.</source>
        <translation>“{name}” es una carpeta, no un archivo de WellPlan.</translation>
    </message>
    <message>
        <source>WellPlan isn&apos;t allowed to read “{name}”. Check the file&apos;s permissions, or copy it somewhere in your home folder and open the copy.</source>
        <translation>WellPlan no tiene permiso para leer “{name}”. Revisa los permisos del archivo, o cópialo a algún lugar de tu carpeta personal y abre la copia.</translation>
    </message>
    <message>
        <source>“{name}” isn&apos;t a WellPlan file, so WellPlan didn&apos;t open it. The file has not been changed.</source>
        <translation>“{name}” no es un archivo de WellPlan, así que WellPlan no lo abrió. El archivo no cambió.</translation>
    </message>
    <message>
        <source>“{name}” was saved by a newer version of WellPlan, which can store things this version doesn&apos;t know about. To keep your plans safe, it wasn&apos;t opened and nothing in it was changed. Please update WellPlan, then open it again.</source>
        <translation>“{name}” se guardó con una versión más nueva de WellPlan, que puede guardar cosas que esta versión no conoce. Para proteger tus planes, no se abrió y no se cambió nada. Actualiza WellPlan y vuelve a abrirlo.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or incomplete (it may have been cut short while being copied), so WellPlan didn&apos;t open it and didn&apos;t change it. If you have a backup or another copy, open that instead.</source>
        <translation>“{name}” está dañado o incompleto (puede que se haya cortado al copiarlo), así que WellPlan no lo abrió ni lo cambió. Si tienes una copia de seguridad u otra copia, abre esa.</translation>
    </message>
    <message>
        <source>“{name}” is a link that leads back to itself (a loop of symbolic links), so there is no file to open. Open the file itself, or point the link at it.</source>
        <translation>“{name}” es un enlace que lleva a sí mismo (un ciclo de enlaces simbólicos), así que no hay ningún archivo que abrir. Abre el archivo en sí, o haz que el enlace apunte a él.</translation>
    </message>
    <message>
        <source>Part of the path to “{name}” isn&apos;t a folder, so there is no file there.</source>
        <translation>Una parte de la ruta a “{name}” no es una carpeta, así que ahí no hay ningún archivo.</translation>
    </message>
    <message>
        <source>The name or path of “{name}…” is too long for this system.</source>
        <translation>El nombre o la ruta de “{name}…” es demasiado largo para este sistema.</translation>
    </message>
    <message>
        <source>The disk couldn&apos;t read “{name}” (an input/output error). If it is on a USB stick or a network drive, check it is still connected, then try again.</source>
        <translation>El disco no pudo leer “{name}” (un error de entrada/salida). Si está en una memoria USB o en una unidad de red, revisa que siga conectada y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>WellPlan couldn&apos;t read “{name}”: {detail}.</source>
        <translation>WellPlan no pudo leer “{name}”: {detail}.</translation>
    </message>
    <message>
        <source>The newly locked copy of “{source}” didn&apos;t check out, so it wasn&apos;t used. Your file is exactly as it was.</source>
        <translation>La copia recién bloqueada de “{source}” no pasó la revisión, así que no se usó. Tu archivo está exactamente como estaba.</translation>
    </message>
    <message>
        <source>WellPlan couldn&apos;t prepare “{path}”: {why}</source>
        <translation>WellPlan no pudo preparar “{path}”: {why}</translation>
    </message>
    <message>
        <source>WellPlan couldn&apos;t update “{path}” to its newer format ({why}), nor put it back as it was ({again}). The copy made before the update is safe at {copy}: use File ▸ Open on that copy.</source>
        <translation>WellPlan no pudo actualizar “{path}” a su formato nuevo ({why}), ni dejarlo como estaba ({again}). La copia hecha antes de la actualización está a salvo en {copy}: usa Archivo ▸ Abrir con esa copia.</translation>
    </message>
    <message>
        <source>WellPlan couldn&apos;t update “{path}” to its newer format, so it put the file back exactly as it was before; nothing is lost. ({why}) The copy made before the update is also kept at {copy}.</source>
        <translation>WellPlan no pudo actualizar “{path}” a su formato nuevo, así que dejó el archivo exactamente como estaba; no se perdió nada. ({why}) La copia hecha antes de la actualización también se guarda en {copy}.</translation>
    </message>
    <message>
        <source>This plan isn&apos;t in the file any more (it may have been deleted in another window). Go back to your plans to see what is there.</source>
        <extracomment>Which column of record_use points at each kind of shared record.</extracomment>
        <translation>Este plan ya no está en el archivo (quizá se borró en otra ventana). Regresa a tus planes para ver lo que hay.</translation>
    </message>
    <message>
        <source>This question isn&apos;t part of this plan.</source>
        <translation>Esta pregunta no es parte de este plan.</translation>
    </message>
    <message>
        <source>Please give a name, so you can find this again.</source>
        <translation>Escribe un nombre, por favor, para que puedas encontrarlo después.</translation>
    </message>
    <message>
        <source>This entry isn&apos;t in the file any more (it may have been deleted in another window), so it couldn&apos;t be changed. Add it again if you need it.</source>
        <translation>Este registro ya no está en el archivo (quizá se borró en otra ventana), así que no se pudo cambiar. Agrégalo de nuevo si lo necesitas.</translation>
    </message>
    <message>
        <source>“{path}” was closed (or locked), so WellPlan can&apos;t read or write it now. Open it again to go on.</source>
        <extracomment>What the whole check found, once it has run (see health()); a damaged file is never written to again while it is open.</extracomment>
        <translation>“{path}” se cerró (o se bloqueó), así que WellPlan no puede leerlo ni escribirlo ahora. Vuelve a abrirlo para seguir.</translation>
    </message>
    <message>
        <source>“{path}” was moved or deleted while WellPlan had it open, so changes can&apos;t be saved to it.</source>
        <translation>“{path}” se movió o se borró mientras WellPlan lo tenía abierto, así que no se pueden guardar cambios en él.</translation>
    </message>
    <message>
        <source>What you typed is still on the screen: use File ▸ Save As to keep everything in a new file.</source>
        <translation>Lo que escribiste sigue en la pantalla: usa Archivo ▸ Guardar como para guardar todo en un archivo nuevo.</translation>
    </message>
    <message>
        <source>Suggestions can be made for written answers and lists only.</source>
        <translation>Solo se pueden hacer sugerencias para respuestas escritas y listas.</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Not changed, sealed by someone else</source>
        <translation>Sin cambios, precintado por otra persona</translation>
    </message>
    <message>
        <source>Sealed by someone else</source>
        <translation>Precintado por otra persona</translation>
    </message>
    <message>
        <source>Changed after sealing</source>
        <translation>Cambió después de precintarlo</translation>
    </message>
    <message>
        <source>No seal</source>
        <translation>Sin precinto</translation>
    </message>
    <message>
        <source>Can&apos;t read this PDF</source>
        <translation>No se puede leer este PDF</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Please wait</source>
        <translation>Espera un momento</translation>
    </message>
</context>
</TS>
