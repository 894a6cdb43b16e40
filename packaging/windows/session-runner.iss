; Inno Setup 6 script: the Windows installer of the folder packaging/build.py made (dist\session-runner).
; Run by .github/workflows/package.yml on a hosted Windows runner:
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\session-runner packaging\windows\session-runner.iss
; NOT RUN HERE: this project's machines are Linux; the script has never been compiled or installed.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\session-runner"
#endif

[Setup]
; A fixed id: an upgrade replaces the installed version instead of installing beside it.
AppId={{6C1B5E8F-3A7D-4E2B-9F61-5D8C2A4B7E90}
AppName=Session Runner
AppVersion={#AppVersion}
AppPublisher=Session Runner
DefaultDirName={autopf}\Session Runner
DefaultGroupName=Session Runner
; Per-user by default (no administrator needed on a UN office laptop); an administrator may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=session-runner-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\Session Runner.exe
; The installer is signed by the workflow after iscc (signtool), as is every .exe inside before it.
ChangesEnvironment=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"
; Inno Setup ships no Chinese catalogue of its own: a Chinese Windows gets the English wizard.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "session-runner on PATH (for check, report, import in a terminal)"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Session Runner"; Filename: "{app}\Session Runner.exe"
Name: "{autodesktop}\Session Runner"; Filename: "{app}\Session Runner.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\Session Runner.exe"; Description: "{cm:LaunchProgram,Session Runner}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Folder: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
    Result := True
  else
    Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
