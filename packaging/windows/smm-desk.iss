; SMM Desk's Windows installer (Inno Setup 6): installs for the current user only, so no
; administrator rights are asked for; a Start-menu shortcut, an optional desktop one, and an
; uninstaller in Settings > Apps. The user's data (%APPDATA%\SMM Desk) and logs are never touched.
;
; Every value comes from core/__init__.py: scripts/release_files.py writes them to values.iss
; and compiles this script with them:
;   python scripts/release_files.py windows dist release --iscc "C:\...\ISCC.exe"
; which runs  iscc /J<values.iss> packaging\windows\smm-desk.iss

#ifndef AppVersion
  #error The values are missing: build with "python scripts/release_files.py windows DIST OUT --iscc ISCC"
#endif

[Setup]
; The AppId names the uninstall entry: it stays the same for every version, so a newer
; installer replaces the older install instead of adding a second one.
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppNumericVersion}
; Per user, never elevated: {autopf} is then %LOCALAPPDATA%\Programs and {autoprograms} the
; user's own Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseName}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; A running copy holds its files open: ask to close it rather than fail half-way.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's libraries: a stale DLL left beside the new ones can break the start.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
