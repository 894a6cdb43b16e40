<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>&apos;{url}&apos; is not a broker URL; write mqtt://HOST[:PORT]/PREFIX</source>
        <translation>«{url}» no es una URL de intermediario; escriba mqtt://HOST[:PUERTO]/PREFIJO</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; has a port that is not a number</source>
        <translation>el puerto de «{url}» no es un número</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; names no host</source>
        <translation>«{url}» no indica ningún host</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; needs a topic prefix without + or #, as in mqtt://HOST/event</source>
        <translation>«{url}» necesita un prefijo de tema sin + ni #, como en mqtt://HOST/evento</translation>
    </message>
    <message>
        <source>the broker refused: {why}</source>
        <translation>el intermediario rechazó la conexión: {why}</translation>
    </message>
    <message>
        <source>lost the broker at {where}</source>
        <translation>se perdió el intermediario en {where}</translation>
    </message>
    <message>
        <source>cannot reach the broker at {where}</source>
        <translation>no se puede contactar con el intermediario en {where}</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Session Runner host console</source>
        <translation>Consola de control de Session Runner</translation>
    </message>
    <message>
        <source>Runs the clock of the day&apos;s session</source>
        <translation>Controla el tiempo de la sesión del día</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Every segment of the day with its planned and actual times and status; Enter starts the selected one</source>
        <translation>Cada segmento del día con sus horas previstas y reales y su estado; Intro inicia el seleccionado</translation>
    </message>
    <message>
        <source>Countdown of the running segment</source>
        <translation>Cuenta regresiva del segmento en curso</translation>
    </message>
    <message>
        <source>Nothing is running</source>
        <translation>No hay nada en curso</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>No alert</source>
        <translation>Sin alertas</translation>
    </message>
    <message>
        <source>Note on the running segment</source>
        <translation>Nota sobre el segmento en curso</translation>
    </message>
    <message>
        <source>Type a note and press Enter to log it</source>
        <translation>Escriba una nota y pulse Intro para registrarla</translation>
    </message>
    <message>
        <source>Message to the chair</source>
        <translation>Mensaje a la Presidencia</translation>
    </message>
    <message>
        <source>Shown in large type on the chair&apos;s screen; Enter sends it</source>
        <translation>Se muestra en letra grande en la pantalla de la Presidencia; Intro lo envía</translation>
    </message>
    <message>
        <source>Speakers&apos; list</source>
        <translation>Lista de oradores</translation>
    </message>
    <message>
        <source>The speakers in order; drag one to move it</source>
        <translation>Los oradores en orden; arrastre uno para moverlo</translation>
    </message>
    <message>
        <source>Countdown of the speaker&apos;s turn</source>
        <translation>Cuenta regresiva del turno de palabra</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Sin orador</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>Nuevo orador</translation>
    </message>
    <message>
        <source>Type a name and press Enter to add it to the list</source>
        <translation>Escriba un nombre y pulse Intro para añadirlo a la lista</translation>
    </message>
    <message>
        <source>New speaker&apos;s time limit</source>
        <translation>Tiempo de uso de la palabra del nuevo orador</translation>
    </message>
    <message>
        <source>Optional: 90s, 3m or 2:00</source>
        <translation>Opcional: 90s, 3m o 2:00</translation>
    </message>
    <message>
        <source>New delegation&apos;s category</source>
        <translation>Categoría de la nueva delegación</translation>
    </message>
    <message>
        <source>On a floor: the category of the delegation typed; its limit is the category&apos;s</source>
        <translation>En una lista de delegaciones: la categoría de la delegación escrita; su límite es el de la categoría</translation>
    </message>
    <message>
        <source>New delegation&apos;s rank</source>
        <translation>Rango de la nueva delegación</translation>
    </message>
    <message>
        <source>In protocol order: the rank of who speaks for the delegation typed; it takes its place by it</source>
        <translation>En orden protocolario: el rango de quien habla en nombre de la delegación escrita; esta ocupa su lugar según ese rango</translation>
    </message>
    <message>
        <source>Move the speaker up</source>
        <translation>Adelantar al orador</translation>
    </message>
    <message>
        <source>Moves the selected speaker one place earlier</source>
        <translation>Adelanta un puesto al orador seleccionado</translation>
    </message>
    <message>
        <source>Move the speaker down</source>
        <translation>Retrasar al orador</translation>
    </message>
    <message>
        <source>Moves the selected speaker one place later</source>
        <translation>Retrasa un puesto al orador seleccionado</translation>
    </message>
    <message>
        <source>Skip the speaker</source>
        <translation>Omitir al orador</translation>
    </message>
    <message>
        <source>Skips the selected speaker, or brings them back</source>
        <translation>Omite al orador seleccionado, o lo restablece</translation>
    </message>
    <message>
        <source>Strike from the list</source>
        <translation>Retirar de la lista</translation>
    </message>
    <message>
        <source>Strikes the selected delegation still waiting from the list</source>
        <translation>Retira de la lista la delegación seleccionada que aún espera</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every key of the console and what it does</source>
        <translation>Cada tecla de la consola y su función</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Dismiss this alert</source>
        <translation>Descartar esta alerta</translation>
    </message>
    <message>
        <source>Hides the alert; the log keeps it</source>
        <translation>Oculta la alerta; el registro la conserva</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Nothing to export: this session keeps no timing log</source>
        <translation>Nada que exportar: esta sesión no lleva registro de tiempos</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <source>Chair&apos;s summary written to %1 (%2 files)</source>
        <translation>Resumen de la Presidencia guardado en %1 (%2 archivos)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>%1 from the next start</source>
        <translation>%1 a partir del próximo inicio</translation>
    </message>
    <message>
        <source>cannot open the timing log: %1</source>
        <translation>no se puede abrir el registro de tiempos: %1</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Cannot open the timing log: %1</source>
        <translation>No se puede abrir el registro de tiempos: %1</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>¿Qué jornada?</translation>
    </message>
    <message>
        <source>%1 has several days:</source>
        <translation>%1 tiene varias jornadas:</translation>
    </message>
    <message>
        <source>This day is already open.</source>
        <translation>Esta jornada ya está abierta.</translation>
    </message>
    <message>
        <source>Close this day and open &apos;%1&apos;? Its log is safe: opening it again resumes it.</source>
        <translation>¿Cerrar esta jornada y abrir «%1»? Su registro está a salvo: al volver a abrirla se reanuda.</translation>
    </message>
</context>
<context>
    <name>ChairView</name>
    <message>
        <source>Chair — %1</source>
        <translation>Presidencia — %1</translation>
    </message>
    <message>
        <source>Chair&apos;s screen</source>
        <translation>Pantalla de la Presidencia</translation>
    </message>
    <message>
        <source>What runs now, the time left, and who speaks next</source>
        <translation>Lo que está en curso, el tiempo restante y quién habla a continuación</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>La jornada ha terminado</translation>
    </message>
    <message>
        <source>Coming up: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>Jornada terminada</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>En espera de comenzar</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2 — %3</source>
        <translation>Siguiente ≈ %1: %2 — %3</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2</source>
        <translation>Siguiente ≈ %1: %2</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Cuenta regresiva</translation>
    </message>
    <message>
        <source>Nothing is running</source>
        <translation>No hay nada en curso</translation>
    </message>
    <message>
        <source>ENDING SOON</source>
        <translation>ESTÁ POR TERMINAR</translation>
    </message>
    <message>
        <source>FINAL SECONDS</source>
        <translation>ÚLTIMOS SEGUNDOS</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message numerus="yes">
        <source>Over time by %n minute(s)</source>
        <translation>
            <numerusform>Tiempo excedido en %n minuto</numerusform>
            <numerusform>Tiempo excedido en %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Queda %n minuto</numerusform>
            <numerusform>Quedan %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused, %1</source>
        <translation>En pausa, %1</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>TIEMPO EXCEDIDO</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>and %1 more (see the details)</source>
        <translation>y %1 más (véanse los detalles)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open an agenda</source>
        <translation>Abrir un programa</translation>
    </message>
    <message>
        <source>Agendas (*.yaml *.yml)</source>
        <translation>Programas (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export the chair&apos;s summary to</source>
        <translation>Exportar el resumen de la Presidencia a</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>%1 s behind</source>
        <translation>%1 s de retraso</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>%1 de adelanto</translation>
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
        <translation>hora límite %1 EN RIESGO</translation>
    </message>
    <message>
        <source>hard stop %1</source>
        <translation>hora límite %1</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>Jornada terminada</translation>
    </message>
    <message>
        <source>Ended at %1</source>
        <translation>Terminó a las %1</translation>
    </message>
    <message>
        <source>ddd d MMMM yyyy</source>
        <comment>a date as Qt formats one: weekday, day, month, year</comment>
        <translation>ddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Función</translation>
    </message>
</context>
<context>
    <name>HostActions</name>
    <message>
        <source>Start / Next</source>
        <translation>Iniciar / Siguiente</translation>
    </message>
    <message>
        <source>Start the first segment, or end this one and start the next</source>
        <translation>Iniciar el primer segmento, o terminar este e iniciar el siguiente</translation>
    </message>
    <message>
        <source>Pause / Resume</source>
        <translation>Pausa / Reanudar</translation>
    </message>
    <message>
        <source>Pause or resume the running segment</source>
        <translation>Pausar o reanudar el segmento en curso</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Siguiente orador</translation>
    </message>
    <message>
        <source>Give the floor to the next speaker</source>
        <translation>Dar la palabra al siguiente orador</translation>
    </message>
    <message>
        <source>Previous speaker</source>
        <translation>Orador anterior</translation>
    </message>
    <message>
        <source>Undo the last move of the floor</source>
        <translation>Deshacer el último cambio de turno</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Reopen the previous segment (Space was pressed too early)</source>
        <translation>Reabrir el segmento anterior (se pulsó Espacio demasiado pronto)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Add a minute to the running segment</source>
        <translation>Añadir un minuto al segmento en curso</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <source>Remove a minute from the running segment</source>
        <translation>Quitar un minuto al segmento en curso</translation>
    </message>
    <message>
        <source>Hold next</source>
        <translation>Retener el siguiente</translation>
    </message>
    <message>
        <source>On an auto-start day, keep the next segment from starting by itself (again to release it)</source>
        <translation>En una jornada de inicio automático, impedir que el siguiente segmento empiece solo (otra vez para liberarlo)</translation>
    </message>
    <message>
        <source>Skip next</source>
        <translation>Omitir el siguiente</translation>
    </message>
    <message>
        <source>Skip the next segment (again to bring it back)</source>
        <translation>Omitir el siguiente segmento (otra vez para restablecerlo)</translation>
    </message>
    <message>
        <source>Jump to selected</source>
        <translation>Ir al seleccionado</translation>
    </message>
    <message>
        <source>Start the segment selected in the rundown (or Enter on it)</source>
        <translation>Iniciar el segmento seleccionado en el programa (o Intro sobre él)</translation>
    </message>
    <message>
        <source>End day</source>
        <translation>Terminar la jornada</translation>
    </message>
    <message>
        <source>End the running segment and close the day</source>
        <translation>Terminar el segmento en curso y cerrar la jornada</translation>
    </message>
    <message>
        <source>Open agenda…</source>
        <translation>Abrir programa…</translation>
    </message>
    <message>
        <source>Open another agenda file (YAML); a file dropped on the window opens too</source>
        <translation>Abrir otro archivo de programa (YAML); también se abre un archivo soltado en la ventana</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar resumen…</translation>
    </message>
    <message>
        <source>Write the chair&apos;s summary (HTML, PDF, Markdown, CSV, JSON lines) to a folder</source>
        <translation>Guardar el resumen de la Presidencia (HTML, PDF, Markdown, CSV, JSON Lines) en una carpeta</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a programme (spreadsheet, calendar, schedule.xml, pasted text) as an agenda, and open it</source>
        <translation>Importar un programa (hoja de cálculo, calendario, schedule.xml, texto pegado) y abrirlo</translation>
    </message>
    <message>
        <source>Add speakers&apos; list from a file…</source>
        <translation>Añadir lista de oradores desde un archivo…</translation>
    </message>
    <message>
        <source>Add a list of speakers (CSV: delegation, category, speaker) to the running floor</source>
        <translation>Añadir una lista de oradores (CSV: delegación, categoría, orador) a la lista de delegaciones en curso</translation>
    </message>
    <message>
        <source>Paste speakers&apos; list…</source>
        <translation>Pegar lista de oradores…</translation>
    </message>
    <message>
        <source>Paste a list of speakers, a delegation a line, onto the running floor</source>
        <translation>Pegar una lista de oradores, una delegación por línea, en la lista de delegaciones en curso</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Añadir orador</translation>
    </message>
    <message>
        <source>Type speakers&apos; names: Enter adds each and keeps the box; Escape gives the keys back</source>
        <translation>Escriba los nombres de los oradores: Intro añade cada uno y mantiene el cuadro; Escape devuelve las teclas</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Cuestión de orden</translation>
    </message>
    <message>
        <source>A point of order: the speaker&apos;s clock stops, never charged to the delegation (again to end it)</source>
        <translation>Una cuestión de orden: el reloj del orador se detiene y ese tiempo nunca se descuenta a la delegación (de nuevo para terminarla)</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Derecho de respuesta</translation>
    </message>
    <message>
        <source>The selected delegation (or the one speaking) asks for the right of reply: heard after the list</source>
        <translation>La delegación seleccionada (o la que está en el uso de la palabra) pide ejercer el derecho de respuesta: se escucha después de la lista</translation>
    </message>
    <message>
        <source>Strike from the list</source>
        <translation>Retirar de la lista</translation>
    </message>
    <message>
        <source>Strike the selected delegation (or speaker) still waiting from the list: it will not speak</source>
        <translation>Retirar de la lista la delegación (u orador) seleccionada que aún espera: no hará uso de la palabra</translation>
    </message>
    <message>
        <source>Draw lots</source>
        <translation>Sorteo</translation>
    </message>
    <message>
        <source>Order the delegations still waiting by drawing lots (among equals in rank); the seed is logged</source>
        <translation>Ordenar por sorteo las delegaciones que aún esperan (entre iguales en rango); la semilla queda registrada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Write a note against the running segment</source>
        <translation>Escribir una nota sobre el segmento en curso</translation>
    </message>
    <message>
        <source>Message chair</source>
        <translation>Mensaje a la Presidencia</translation>
    </message>
    <message>
        <source>Send a message to the chair&apos;s screen</source>
        <translation>Enviar un mensaje a la pantalla de la Presidencia</translation>
    </message>
    <message>
        <source>Mute alerts</source>
        <translation>Silenciar alertas</translation>
    </message>
    <message>
        <source>Silence alert sounds (banners still show)</source>
        <translation>Silenciar el sonido de las alertas (los avisos se siguen mostrando)</translation>
    </message>
    <message>
        <source>Chair view</source>
        <translation>Vista de la Presidencia</translation>
    </message>
    <message>
        <source>Show or hide the chair&apos;s window</source>
        <translation>Mostrar u ocultar la ventana de la Presidencia</translation>
    </message>
    <message>
        <source>Chair full screen</source>
        <translation>Presidencia a pantalla completa</translation>
    </message>
    <message>
        <source>Put the chair&apos;s window full screen on the chosen screen</source>
        <translation>Poner la ventana de la Presidencia a pantalla completa en la pantalla elegida</translation>
    </message>
    <message>
        <source>Share live views…</source>
        <translation>Compartir vistas en directo…</translation>
    </message>
    <message>
        <source>Serve the chair&apos;s, speakers&apos; and stage views to browsers elsewhere: links, QR codes</source>
        <translation>Ofrecer las vistas de la Presidencia, de los oradores y del escenario a otros navegadores: enlaces, códigos QR</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Tema oscuro</translation>
    </message>
    <message>
        <source>Switch between the light and the dark palette (for dim control rooms)</source>
        <translation>Alternar entre la paleta clara y la oscura (para salas de control con poca luz)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>White on black, yellow for the selection: for low vision or a washed-out screen</source>
        <translation>Blanco sobre negro, amarillo para la selección: para baja visión o una pantalla deslucida</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>Mostrar todos los atajos</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Take back the last action on the day (a stray Space, a skip…); again for the one before</source>
        <translation>Deshacer la última acción de la jornada (un Espacio por error, una omisión…); otra vez para la anterior</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Do again what Undo took back</source>
        <translation>Volver a hacer lo que se deshizo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Quit (the timing log is already safe on disk)</source>
        <translation>Salir (el registro de tiempos ya está guardado en el disco)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Enter (in the rundown)</source>
        <translation>Intro (en el programa)</translation>
    </message>
    <message>
        <source>Start the selected segment</source>
        <translation>Iniciar el segmento seleccionado</translation>
    </message>
</context>
<context>
    <name>HostMenus</name>
    <message>
        <source>Previous speaker</source>
        <translation>Orador anterior</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Jump</source>
        <translation>Ir a</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Siguiente orador</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silencio</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>&amp;Oradores</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Presidencia</translation>
    </message>
    <message>
        <source>Chair screen</source>
        <translation>Pantalla de la Presidencia</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;lertas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Speakers and chair</source>
        <translation>Oradores y Presidencia</translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message>
        <source>Note on the running segment (N, Enter to save)…</source>
        <translation>Nota sobre el segmento en curso (N, Intro para guardar)…</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Presidencia:</translation>
    </message>
    <message>
        <source>Chair&apos;s language</source>
        <translation>Idioma de la Presidencia</translation>
    </message>
    <message>
        <source>Same as the host&apos;s</source>
        <translation>El mismo que el de la consola</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Select a segment in the rundown first</source>
        <translation>Seleccione primero un segmento en el programa</translation>
    </message>
    <message>
        <source>Select a delegation in the speakers&apos; list first</source>
        <translation>Seleccione primero una delegación en la lista de oradores</translation>
    </message>
    <message>
        <source>Draw lots for the order of the delegations still waiting?</source>
        <translation>¿Sortear el orden de las delegaciones que aún esperan?</translation>
    </message>
    <message>
        <source>Lots drawn: seed %1 (in the log; the same seed gives the same order)</source>
        <translation>Sorteo hecho: semilla %1 (en el registro; la misma semilla da el mismo orden)</translation>
    </message>
    <message>
        <source>pasted list</source>
        <translation>lista pegada</translation>
    </message>
    <message>
        <source>Start a segment with a floor first: the list is added to it</source>
        <translation>Inicie primero un segmento con lista de delegaciones: la lista se añade a él</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) added to the floor</source>
        <translation>
            <numerusform>%n delegación añadida a la lista</numerusform>
            <numerusform>%n delegaciones añadidas a la lista</numerusform>
        </translation>
    </message>
    <message>
        <source>Add speakers&apos; list</source>
        <translation>Añadir lista de oradores</translation>
    </message>
    <message>
        <source>Lists of speakers (*.csv *.txt)</source>
        <translation>Listas de oradores (*.csv *.txt)</translation>
    </message>
    <message>
        <source>A delegation a line (a code or a name), or CSV: delegation, category, speaker</source>
        <translation>Una delegación por línea (un código o un nombre), o CSV: delegación, categoría, orador</translation>
    </message>
    <message>
        <source>Paste speakers&apos; list</source>
        <translation>Pegar lista de oradores</translation>
    </message>
    <message>
        <source>End the day? What has not run stays not started.</source>
        <translation>¿Terminar la jornada? Lo que no se haya celebrado queda sin iniciar.</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Nota guardada</translation>
    </message>
    <message>
        <source>✓ on the chair&apos;s screen</source>
        <translation>✓ en la pantalla de la Presidencia</translation>
    </message>
    <message>
        <source>No upcoming segment to hold</source>
        <translation>No hay ningún segmento próximo que retener</translation>
    </message>
    <message>
        <source>⌨ Typing · Esc gives the keys back</source>
        <translation>⌨ Escribiendo · Esc devuelve las teclas</translation>
    </message>
    <message>
        <source>Keys: console</source>
        <translation>Teclas: consola</translation>
    </message>
    <message>
        <source>Letters you type go into the box; Escape or a click on the rundown gives them back to the console</source>
        <translation>Lo que escribe va al cuadro; Escape o un clic en el programa devuelve las teclas a la consola</translation>
    </message>
    <message>
        <source>Single keys act on the day: Space, S, N, M, A, P, +, −…; a text box takes them once you type in it</source>
        <translation>Las teclas sueltas actúan sobre el día: Espacio, S, N, M, A, P, +, −…; un cuadro de texto las toma cuando escribe en él</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>This computer slept for %1; the clocks counted through it.</source>
        <translation>Este equipo estuvo en suspensión durante %1; los relojes siguieron contando.</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>Jornada terminada</translation>
    </message>
    <message>
        <source>Ready · Space starts</source>
        <translation>Listo · Espacio para iniciar</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>La jornada ha terminado</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2 — %3</source>
        <translation>Siguiente ≈ %1: %2 — %3</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2</source>
        <translation>Siguiente ≈ %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 here</source>
        <translation>%1 %2 aquí</translation>
    </message>
    <message>
        <source>Message to the chair (M, Enter sends; empty clears)</source>
        <translation>Mensaje a la Presidencia (M; Intro envía; vacío borra)</translation>
    </message>
    <message>
        <source>Shown in large type on the chair&apos;s screen</source>
        <translation>Se muestra en letra grande en la pantalla de la Presidencia</translation>
    </message>
    <message>
        <source>&apos;to&apos; must be a place in the list: 1, 2, …</source>
        <translation>&apos;to&apos; debe ser un lugar de la lista: 1, 2, …</translation>
    </message>
    <message>
        <source>H holds a segment back from starting by itself, which happens only on auto-start days; today every segment starts when you press Space</source>
        <translation>H impide que un segmento empiece solo, lo que solo ocurre en las jornadas de inicio automático; hoy cada segmento empieza al pulsar Espacio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is held: it starts when you press Space (H lets it start by itself)</source>
        <translation>«%1» está retenido: empezará al pulsar Espacio (H deja que empiece solo)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is released: it starts by itself at %2</source>
        <translation>«%1» está liberado: empezará solo a las %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a programme — %1</source>
        <translation>Importar un programa — %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD: the date, or the one day to keep</source>
        <translation>AAAA-MM-DD: la fecha, o la única jornada que se conserva</translation>
    </message>
    <message>
        <source>e.g. America/New_York, where the source names none</source>
        <translation>p. ej., America/New_York, si la fuente no indica ninguna</translation>
    </message>
    <message>
        <source>the room to keep, where there are several</source>
        <translation>la sala que se conserva, si hay varias</translation>
    </message>
    <message>
        <source>the agenda&apos;s title (default: the source&apos;s)</source>
        <translation>el título del programa (por defecto: el de la fuente)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>Volver a previsualizar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Guessed or cut</source>
        <translation>Deducido o recortado</translation>
    </message>
    <message>
        <source>Left out, cut and guessed</source>
        <translation>Omitido, recortado y deducido</translation>
    </message>
    <message>
        <source>Save and open…</source>
        <translation>Guardar y abrir…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write YYYY-MM-DD</source>
        <translation>«%1» no es una fecha; escriba AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>the Time zone above</source>
        <translation>la Zona horaria de arriba</translation>
    </message>
    <message>
        <source>the Date above</source>
        <translation>la Fecha de arriba</translation>
    </message>
    <message>
        <source>the Room above</source>
        <translation>la Sala de arriba</translation>
    </message>
    <message>
        <source>%1: %2 days, %3 segments, in %4</source>
        <translation>%1: %2 jornada(s), %3 segmento(s), en %4</translation>
    </message>
    <message>
        <source>%1 %2 guessed: check them before the meeting</source>
        <translation>%1 %2 deducido(s): revíselos antes de la reunión</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n</source>
        <translation>
            <numerusform>Omitido: %n</numerusform>
            <numerusform>Omitidos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut to fit: %n</source>
        <translation>
            <numerusform>Recortado para caber: %n</numerusform>
            <numerusform>Recortados para caber: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Guessed: %n</source>
        <translation>
            <numerusform>Deducido: %n</numerusform>
            <numerusform>Deducidos: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the agenda as</source>
        <translation>Guardar el programa como</translation>
    </message>
    <message>
        <source>Agenda (%1)</source>
        <translation>Agenda (%1)</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>Programmes (%1)</source>
        <translation>Programas (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Todos los archivos (%1)</translation>
    </message>
    <message>
        <source>Import a programme</source>
        <translation>Importar un programa</translation>
    </message>
</context>
<context>
    <name>InsertBar</name>
    <message>
        <source>Title of the segment to insert</source>
        <translation>Título del segmento que se insertará</translation>
    </message>
    <message>
        <source>Length (5m)</source>
        <translation>Duración (5m)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Intermission</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Speakers (names, commas between)</source>
        <translation>Oradores (nombres separados por comas)</translation>
    </message>
    <message>
        <source>Each (3m)</source>
        <translation>Cada uno (3m)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Fixed start (HH:MM)</source>
        <translation>Inicio fijo (HH:MM)</translation>
    </message>
    <message>
        <source>Insert next:</source>
        <translation>Insertar a continuación:</translation>
    </message>
    <message>
        <source>Enter adds · Esc cancels</source>
        <translation>Intro añade · Esc cancela</translation>
    </message>
    <message>
        <source>Title to insert</source>
        <translation>Título que se insertará</translation>
    </message>
    <message>
        <source>The title of the segment to insert next</source>
        <translation>El título del segmento que se insertará a continuación</translation>
    </message>
    <message>
        <source>Length to insert</source>
        <translation>Duración que se insertará</translation>
    </message>
    <message>
        <source>Its length, as 5m or 1h10m; Enter inserts</source>
        <translation>Su duración, como 5m o 1h10m; Intro inserta</translation>
    </message>
    <message>
        <source>Kind to insert</source>
        <translation>Tipo que se inserta</translation>
    </message>
    <message>
        <source>A segment, an intermission or a break</source>
        <translation>Un segmento, un intermedio o una pausa</translation>
    </message>
    <message>
        <source>Speakers to insert</source>
        <translation>Oradores que se insertan</translation>
    </message>
    <message>
        <source>A speakers&apos; list: names, commas between</source>
        <translation>Una lista de oradores: nombres separados por comas</translation>
    </message>
    <message>
        <source>Limit for each speaker</source>
        <translation>Límite para cada orador</translation>
    </message>
    <message>
        <source>Each speaker&apos;s time, as 3m or 2m30s</source>
        <translation>El tiempo de cada orador, como 3m o 2m30s</translation>
    </message>
    <message>
        <source>Notes to insert</source>
        <translation>Notas que se insertan</translation>
    </message>
    <message>
        <source>Notes for the host, shown with the segment</source>
        <translation>Notas para el anfitrión, mostradas con el segmento</translation>
    </message>
    <message>
        <source>Fixed start to insert</source>
        <translation>Inicio fijo que se inserta</translation>
    </message>
    <message>
        <source>HH:MM: it never starts before then</source>
        <translation>HH:MM: nunca empieza antes</translation>
    </message>
</context>
<context>
    <name>LogTroubleBar</name>
    <message>
        <source>THE TIMING LOG CANNOT BE WRITTEN (%1): your last action is not applied yet. The clock keeps counting; the screens show the day as the log has it. Free space on the log&apos;s disk: the action is written, at the time you took it, as soon as it can be (tried every %2 s).</source>
        <translation>NO SE PUEDE ESCRIBIR EL REGISTRO DE TIEMPOS (%1): su última acción aún no se ha aplicado. El reloj sigue contando; las pantallas muestran la jornada tal como figura en el registro. Libere espacio en su disco: la acción se escribirá, con la hora en que la realizó, en cuanto sea posible (se reintenta cada %2 s).</translation>
    </message>
    <message>
        <source>The timing log is written again: the %1 events that waited are on disk and shown.</source>
        <translation>El registro de tiempos vuelve a escribirse: los %1 eventos pendientes ya están en el disco y se muestran.</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Put these notices away (the status bar keeps them)</source>
        <translation>Ocultar estos avisos (la barra de estado los conserva)</translation>
    </message>
    <message>
        <source>Dismiss the notices</source>
        <translation>Cerrar los avisos</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>Session Runner — rooms at %1</source>
        <translation>Session Runner — salas en %1</translation>
    </message>
    <message>
        <source>Waiting for rooms at %1…</source>
        <translation>Esperando salas en %1…</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Intermediario</translation>
    </message>
</context>
<context>
    <name>PublishControl</name>
    <message>
        <source>Publish to a broker…</source>
        <translation>Publicar en un intermediario…</translation>
    </message>
    <message>
        <source>Send this room&apos;s state to an MQTT broker, for the overview and remote views</source>
        <translation>Enviar el estado de esta sala a un intermediario MQTT, para la vista general y las vistas remotas</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Dejar de publicar</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Intermediario</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message>
        <source>Not publishing: the broker remembered for this agenda (%1, room “%2”) was for another timing log. Session → Publish to a broker… publishes this one.</source>
        <translation>Sin publicar: el intermediario recordado para este orden del día (%1, sala «%2») era para otro registro de tiempos. Sesión → Publicar en un intermediario… publica este.</translation>
    </message>
    <message>
        <source>Not publishing yet: %1 wants a password. Session → Publish to a broker… asks for it.</source>
        <translation>Aún sin publicar: %1 pide una contraseña. Sesión → Publicar en un intermediario… la pide.</translation>
    </message>
    <message>
        <source>Publishing as room “%1” (this agenda&apos;s own) to %2; room “%3” is offline now</source>
        <translation>Publicando como sala «%1» (la de este programa) en %2; la sala «%3» está ahora desconectada</translation>
    </message>
    <message>
        <source>Publishing as room “%1” to %2, as remembered for this agenda</source>
        <translation>Publicando como sala «%1» en %2, tal como se recordó para este orden del día</translation>
    </message>
    <message>
        <source>Publishing as room “%1” to %2</source>
        <translation>Publicando como sala «%1» en %2</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to a broker</source>
        <translation>Publicar en un intermediario</translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation>URL del intermediario</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <source>Rehearsal at %1×</source>
        <translation>Ensayo a %1×</translation>
    </message>
    <message>
        <source>%1: a second is %2 s of the programme; log %3</source>
        <translation>%1: un segundo equivale a %2 s del programa; registro %3</translation>
    </message>
    <message>
        <source>Rehearse… (60×)</source>
        <translation>Ensayar… (60×)</translation>
    </message>
    <message>
        <source>Run this day in its own windows at 60× (a second is a minute), with its own log</source>
        <translation>Ejecutar esta jornada en sus propias ventanas a 60× (un segundo es un minuto), con su propio registro</translation>
    </message>
</context>
<context>
    <name>RoomTileWidget</name>
    <message>
        <source>last known</source>
        <translation>último estado conocido</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>SIN CONEXIÓN</translation>
    </message>
    <message>
        <source>NO SIGNAL</source>
        <translation>SIN SEÑAL</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>Jornada terminada</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>La jornada ha terminado</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>En espera de comenzar</translation>
    </message>
</context>
<context>
    <name>RundownEditor</name>
    <message>
        <source>Insert segment…</source>
        <translation>Insertar segmento…</translation>
    </message>
    <message>
        <source>Add a segment after the running one: its title, Tab, its length, Enter</source>
        <translation>Añadir un segmento tras el actual: su título, Tab, su duración, Intro</translation>
    </message>
    <message>
        <source>Accept recovery plan</source>
        <translation>Aceptar el plan de recuperación</translation>
    </message>
    <message>
        <source>Make the cuts the recovery plan proposes to hold the hard stop</source>
        <translation>Aplicar los recortes que propone el plan para respetar el cierre obligatorio</translation>
    </message>
    <message>
        <source>Set recovery plan aside</source>
        <translation>Dejar de lado el plan de recuperación</translation>
    </message>
    <message>
        <source>Not now: a new plan is offered only when it changes</source>
        <translation>Ahora no: solo se ofrece un plan nuevo cuando cambia</translation>
    </message>
    <message>
        <source>Change length…</source>
        <translation>Cambiar la duración…</translation>
    </message>
    <message>
        <source>Change the planned length of the selected segment (not yet started)</source>
        <translation>Cambiar la duración prevista del segmento seleccionado (aún no empezado)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Rename the selected segment (not yet started)</source>
        <translation>Renombrar el segmento seleccionado (aún no empezado)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected segment one place earlier (among those to come)</source>
        <translation>Adelantar un puesto el segmento seleccionado (entre los pendientes)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected segment one place later</source>
        <translation>Retrasar un puesto el segmento seleccionado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected segment from the day (not yet started)</source>
        <translation>Quitar de la jornada el segmento seleccionado (aún no empezado)</translation>
    </message>
    <message>
        <source>Speakers&apos; limit…</source>
        <translation>Límite de los oradores…</translation>
    </message>
    <message>
        <source>Give the selected segment&apos;s waiting speakers a limit, or drop it</source>
        <translation>Dar un límite a los oradores en espera del segmento seleccionado, o quitarlo</translation>
    </message>
    <message>
        <source>Save rundown as…</source>
        <translation>Guardar la escaleta como…</translation>
    </message>
    <message>
        <source>Write the day as changed to an agenda file</source>
        <translation>Escribir la jornada modificada en un archivo de agenda</translation>
    </message>
    <message>
        <source>&amp;Rundown</source>
        <translation>&amp;Escaleta</translation>
    </message>
    <message>
        <source>Inserted &apos;%1&apos; (%2); it runs next</source>
        <translation>&apos;%1&apos; insertado (%2); va a continuación</translation>
    </message>
    <message>
        <source>Inserted &apos;%1&apos; (%2) to start at %3</source>
        <translation>&apos;%1&apos; insertado (%2) para empezar a las %3</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the day?</source>
        <translation>¿Quitar &apos;%1&apos; de la jornada?</translation>
    </message>
    <message>
        <source>⚠ %1  Ctrl+R accepts · Ctrl+D sets it aside.</source>
        <translation>⚠ %1  Ctrl+R lo acepta · Ctrl+D lo deja de lado.</translation>
    </message>
    <message>
        <source>No recovery plan on offer: the day ends by its hard stop</source>
        <translation>No hay plan de recuperación: la jornada termina dentro de su cierre obligatorio</translation>
    </message>
    <message>
        <source>✓ Plan %1 accepted at %2: %3.</source>
        <translation>✓ Plan %1 aceptado a las %2: %3.</translation>
    </message>
    <message>
        <source>No recovery plan on offer</source>
        <translation>No hay ningún plan de recuperación propuesto</translation>
    </message>
    <message>
        <source>Recovery plan %1 set aside; a new one is offered when the plan changes</source>
        <translation>Plan de recuperación %1 dejado de lado; se ofrecerá uno nuevo cuando el plan cambie</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved the rundown as changed to %1</source>
        <translation>Escaleta modificada guardada en %1</translation>
    </message>
    <message>
        <source>Select a segment in the rundown first</source>
        <translation>Seleccione primero un segmento en el programa</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>Cambiar la duración</translation>
    </message>
    <message>
        <source>Planned length (5m, 1h10m):</source>
        <translation>Duración prevista (5m, 1h10m):</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Speakers&apos; limit</source>
        <translation>Límite de los oradores</translation>
    </message>
    <message>
        <source>Limit per speaker (2m30s; empty: none):</source>
        <translation>Límite por orador (2m30s; vacío: ninguno):</translation>
    </message>
    <message>
        <source>Save rundown as</source>
        <translation>Guardar la escaleta como</translation>
    </message>
    <message>
        <source>Agenda files (*.yaml *.yml)</source>
        <translation>Archivos de agenda (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>Plan de recuperación</translation>
    </message>
    <message>
        <source>How to hold the hard stop; Ctrl+R accepts it</source>
        <translation>Cómo respetar el cierre obligatorio; Ctrl+R lo acepta</translation>
    </message>
</context>
<context>
    <name>RundownModel</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Speaker(s)</source>
        <translation>Orador(es)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Planned start in the agenda&apos;s zone</source>
        <translation>Inicio previsto, en la zona horaria del programa</translation>
    </message>
    <message>
        <source>When it actually started; &apos;≈&apos; marks a projected start for what is still to come</source>
        <translation>Cuándo comenzó realmente; «≈» indica un inicio estimado de lo que aún está por venir</translation>
    </message>
    <message>
        <source>Segment title (hover for its group and notes)</source>
        <translation>Título del segmento (pase el cursor para ver su grupo y sus notas)</translation>
    </message>
    <message>
        <source>Speaker or speakers&apos; list</source>
        <translation>Orador o lista de oradores</translation>
    </message>
    <message>
        <source>Planned length (with any minutes added or removed)</source>
        <translation>Duración prevista (con los minutos añadidos o quitados)</translation>
    </message>
    <message>
        <source>Actual length; live for the running segment</source>
        <translation>Duración real; en directo para el segmento en curso</translation>
    </message>
    <message>
        <source>done, running, paused, next, skipped</source>
        <translation>terminado, en curso, en pausa, siguiente, omitido</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>overtime</source>
        <translation>tiempo excedido</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
</context>
<context>
    <name>ShareViewsDialog</name>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Stage (OBS)</source>
        <translation>Escenario (OBS)</translation>
    </message>
    <message>
        <source>Control API</source>
        <translation>API de control</translation>
    </message>
    <message>
        <source>Share live views</source>
        <translation>Compartir vistas en directo</translation>
    </message>
    <message>
        <source>Serve the chair&apos;s, the speakers&apos; and the stage&apos;s views to browsers on other machines. 127.0.0.1 serves this computer only; 0.0.0.0 serves the whole local network.</source>
        <translation>Ofrecer las vistas de la Presidencia, de los oradores y del escenario a los navegadores de otros equipos. 127.0.0.1 solo sirve a este equipo; 0.0.0.0 sirve a toda la red local.</translation>
    </message>
    <message>
        <source>Address (HOST:PORT)</source>
        <translation>Dirección (HOST:PUERTO)</translation>
    </message>
    <message>
        <source>Also offer the control API (Companion, Stream Deck), with its own link</source>
        <translation>Ofrecer también la API de control (Companion, Stream Deck), con su propio enlace</translation>
    </message>
    <message>
        <source>Start serving</source>
        <translation>Empezar a servir</translation>
    </message>
    <message>
        <source>Each link opens its own view only: send each to those it is for.</source>
        <translation>Cada enlace abre solo su propia vista: envíe cada uno a quienes va dirigido.</translation>
    </message>
    <message>
        <source>New links (the old ones stop working)</source>
        <translation>Enlaces nuevos (los antiguos dejan de funcionar)</translation>
    </message>
    <message>
        <source>The host&apos;s language (follows View → Language)</source>
        <translation>El idioma del equipo de control (sigue Ver → Idioma)</translation>
    </message>
    <message>
        <source>Pages in</source>
        <translation>Páginas en</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>Enlace copiado: %1</translation>
    </message>
    <message>
        <source>Make new links? Everyone with an old link loses the view until sent a new one.</source>
        <translation>¿Crear enlaces nuevos? Quien tenga un enlace antiguo perderá la vista hasta recibir uno nuevo.</translation>
    </message>
</context>
<context>
    <name>SpeakerLine</name>
    <message>
        <source>Point of order</source>
        <translation>Cuestión de orden</translation>
    </message>
    <message>
        <source>Now: %1 %2 left</source>
        <translation>Ahora: %1, quedan %2</translation>
    </message>
    <message>
        <source>Now: %1 over by %2</source>
        <translation>Ahora: %1, excedido en %2</translation>
    </message>
    <message>
        <source>Now: %1 %2</source>
        <translation>Ahora: %1 %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Replies: %1</source>
        <translation>Derechos de respuesta: %1</translation>
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
        <translation>Orador</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Habló</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>en el uso de la palabra</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>intervino</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observador</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — reply %2</source>
        <translation>%1 — respuesta %2</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>No speaker</source>
        <translation>Sin orador</translation>
    </message>
    <message>
        <source>Add a speaker (Enter)…</source>
        <translation>Añadir un orador (Intro)…</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>límite</translation>
    </message>
    <message>
        <source>Optional speaking time: 90s, 3m, 2:00 … (default: the segment&apos;s)</source>
        <translation>Tiempo de uso de la palabra opcional: 90s, 3m, 2:00… (por defecto: el del segmento)</translation>
    </message>
    <message>
        <source>Move the selected speaker up (or drag it)</source>
        <translation>Adelantar al orador seleccionado (o arrastrarlo)</translation>
    </message>
    <message>
        <source>Move the selected speaker down (or drag it)</source>
        <translation>Retrasar al orador seleccionado (o arrastrarlo)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Skip the selected speaker (again to bring back)</source>
        <translation>Omitir al orador seleccionado (otra vez para restablecerlo)</translation>
    </message>
    <message>
        <source>Strike the selected delegation (or speaker) still waiting from the list</source>
        <translation>Retirar de la lista la delegación (u orador) seleccionada que aún espera</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Cuestión de orden</translation>
    </message>
    <message>
        <source>Speaking:</source>
        <translation>En el uso de la palabra:</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Siguiente:</translation>
    </message>
    <message>
        <source>No speakers&apos; list: add a name below.</source>
        <translation>No hay lista de oradores: añada un nombre abajo.</translation>
    </message>
    <message>
        <source>Add a delegation: a code or a name (Enter)…</source>
        <translation>Añadir una delegación: un código o un nombre (Intro)…</translation>
    </message>
    <message>
        <source>Select a delegation in the speakers&apos; list first</source>
        <translation>Seleccione primero una delegación en la lista de oradores</translation>
    </message>
    <message>
        <source>Select a speaker to move first</source>
        <translation>Seleccione primero el orador que desea mover</translation>
    </message>
</context>
<context>
    <name>mqtt</name>
    <message>
        <source>connecting to %1…</source>
        <translation>conectando con %1…</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>conectado con %1</translation>
    </message>
    <message>
        <source>%2 — retrying</source>
        <translation>%2 — reintentando</translation>
    </message>
    <message>
        <source>%2 — check the user and password</source>
        <translation>%2 — compruebe el usuario y la contraseña</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>the broker</source>
        <translation>el intermediario</translation>
    </message>
</context>
</TS>
