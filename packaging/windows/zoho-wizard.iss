; Inno Setup script: the Windows installer for the PyInstaller folder dist\zoho-wizard.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\zoho-wizard.iss
;
; (Inno Setup 6.3 or later; packaging/README.md, Windows, has the whole build.) A plain
; installer rather than MSIX: an MSIX app's AppData is virtualized, so scripts installed
; with pip (or run by Task Scheduler) would not see the connections the wizard saved.
; Per user by default (no administrator needed), or for everyone when chosen.
; tests/packaging/test_windows_macos.py reads this file's sections; it has not been
; compiled here (no Windows machine).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Zoho Wizard"
#define AppId "io.github.zoho_wizard.ZohoWizard"
#define GuiExe "zoho-wizard-gui.exe"
#define CliExe "zoho-wizard.exe"
#define SetupExt ".zohowizard"
#define SetupProgId "ZohoWizard.Setup"

[Setup]
AppId={{6F1B7C2E-3D4A-4E8B-9C1F-2A7E5D3B8C90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Zoho Wizard contributors
AppPublisherURL=https://github.com/zoho-wizard/zoho-wizard
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
ChangesEnvironment=yes
SetupIconFile=zoho-wizard.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=zoho-wizard-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "addtopath"; Description: "Let scripts run zoho-wizard (add it to PATH)"; Flags: unchecked
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: both programs, _internal\ with Python, Qt and QtWebEngine.
Source: "..\dist\zoho-wizard\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Registry]
; The setup file type: a double-click on *.zohowizard opens it in the wizard (HKA: the
; current user's classes, or the machine's for an everyone-install).
Root: HKA; Subkey: "Software\Classes\{#SetupExt}"; ValueType: string; ValueName: ""; ValueData: "{#SetupProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#SetupExt}"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-zohowizard-setup"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#SetupProgId}"; ValueType: string; ValueName: ""; ValueData: "Zoho Wizard setup file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#SetupProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"
Root: HKA; Subkey: "Software\Classes\{#SetupProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
; zoho-wizard on the user's PATH (for the command line and scripts), when chosen.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Folder: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
