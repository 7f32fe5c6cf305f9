; Inno Setup script: installs WellPlan for the current user only (no administrator rights),
; with a Start menu entry and the .wellplan file association.
; Build on Windows after the PyInstaller bundle: iscc packaging\windows\wellplan.iss
#define AppVersion "0.1.0"

[Setup]
AppId={{6C1D8E4A-3B57-4B8E-9E0B-57E1A2C0F3D1}
AppName=WellPlan
AppVersion={#AppVersion}
AppPublisher=The WellPlan developers
DefaultDirName={localappdata}\Programs\WellPlan
DefaultGroupName=WellPlan
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
DisableProgramGroupPage=yes
OutputBaseFilename=WellPlan-{#AppVersion}-setup
SetupIconFile=..\icons\wellplan.ico
UninstallDisplayIcon={app}\WellPlan.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "..\..\dist\WellPlan\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{userprograms}\WellPlan"; Filename: "{app}\WellPlan.exe"

[Registry]
; per-user file association: HKCU, so no administrator rights are needed
Root: HKCU; Subkey: "Software\Classes\.wellplan"; ValueType: string; ValueData: "WellPlan.Plans"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\WellPlan.Plans"; ValueType: string; ValueData: "WellPlan plans"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\WellPlan.Plans\DefaultIcon"; ValueType: string; ValueData: "{app}\WellPlan.exe,0"
Root: HKCU; Subkey: "Software\Classes\WellPlan.Plans\shell\open\command"; ValueType: string; ValueData: """{app}\WellPlan.exe"" ""%1"""

[Run]
Filename: "{app}\WellPlan.exe"; Description: "Start WellPlan"; Flags: nowait postinstall skipifsilent
