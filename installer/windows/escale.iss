; Escale for Windows: a per-user installer (no administrator rights) made with Inno Setup 6.
;
; Build it on Windows, from the repository root, after the frozen folder:
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -e .[dev]
;   .venv\Scripts\python installer\build.py --windows
; which runs PyInstaller (dist\escale\) then
;   iscc /DAppVersion=<version of desktop\__init__.py> installer\windows\escale.iss
; and writes dist\escale-<version>-windows-x64-setup.exe.
;
; The officer's data (%LOCALAPPDATA%\escale: database, settings, log) lives outside the
; application folder: installing a new version over an old one replaces the program only,
; and the uninstaller keeps the data unless the officer asks for it to be removed.

#ifndef AppVersion
  #error Version manquante : compilez avec iscc /DAppVersion=x.y.z (installer\build.py --windows le fait).
#endif

[Setup]
; Never change AppId: it is how a new version finds and replaces the old one.
AppId={{6F3A2C1E-8B4D-4E7A-9C5F-1D2E3B4A5C6D}
AppName=Escale
AppVersion={#AppVersion}
AppVerName=Escale {#AppVersion}
AppPublisher=Région Bourgogne-Franche-Comté
AppComments=Poste de travail des chargés d'accueil
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Escale
DefaultGroupName=Escale
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=escale-{#AppVersion}-windows-x64-setup
#if FileExists(AddBackslash(SourcePath) + "..\..\build\escale.ico")
SetupIconFile=..\..\build\escale.ico
#endif
UninstallDisplayIcon={app}\escale.exe
UninstallDisplayName=Escale
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.RemoveData=Supprimer aussi les données d'Escale de ce poste ?%n%n%1%n%nCe dossier contient la base des dossiers des foyers, les préférences et le journal. Répondez Non pour les garder (conseillé : une nouvelle installation les retrouvera).
english.RemoveData=Also remove Escale's data from this computer?%n%n%1%n%nThis folder holds the households' case database, the settings and the log. Answer No to keep them (recommended: a new installation will find them).
french.DataKept=Les données d'Escale sont conservées dans %1.
english.DataKept=Escale's data is kept in %1.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's program files (never the data, which is elsewhere): no stale module
; of an older release is left beside the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\escale\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Escale"; Filename: "{app}\escale.exe"; Comment: "Poste de travail des chargés d'accueil"
Name: "{autodesktop}\Escale"; Filename: "{app}\escale.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\escale.exe"; Description: "{cm:LaunchProgram,Escale}"; Flags: nowait postinstall skipifsilent

[Code]
function DataDir(): String;
begin
  { platformdirs.user_data_dir("escale", appauthor=False), as desktop/paths.py asks for it }
  Result := ExpandConstant('{localappdata}\escale');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir()) then
  begin
    { No is the default, and a silent uninstall answers No: the data goes only when asked. }
    if SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveData'), [DataDir()]),
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
      DelTree(DataDir(), True, True, True)
    else if not UninstallSilent() then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir()]), mbInformation, MB_OK);
  end;
end;
