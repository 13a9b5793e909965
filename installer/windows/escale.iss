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
; and the uninstaller keeps the data unless the officer ticks the box to delete it.

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
french.DataNote=Les données d'Escale de ce poste (la base des dossiers des foyers, les préférences, le journal) sont dans :%n%1%n%nElles sont conservées : une nouvelle installation les retrouvera.
english.DataNote=Escale's data on this computer (the households' case database, the settings, the log) is in:%n%1%n%nIt is kept: a new installation will find it.
french.RemoveDataBox=Supprimer aussi ces données (définitif)
english.RemoveDataBox=Also delete this data (cannot be undone)
french.Continue=Continuer
english.Continue=Continue
french.Cancel=Annuler
english.Cancel=Cancel

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
var
  RemoveDataRequested: Boolean;

function DataDir(): String;
begin
  { platformdirs.user_data_dir("escale", appauthor=False), as desktop/paths.py asks for it }
  Result := ExpandConstant('{localappdata}\escale');
end;

{ Before uninstalling: says where the data is and that it stays, with an unticked box to
  delete it. A silent uninstall keeps it. Cancel stops the uninstall. }
function InitializeUninstall(): Boolean;
var
  Form: TSetupForm;
  Note: TNewStaticText;
  Box: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  Result := True;
  RemoveDataRequested := False;
  if UninstallSilent() or not DirExists(DataDir()) then
    Exit;
  Form := CreateCustomForm();
  try
    Form.ClientWidth := ScaleX(440);
    Form.ClientHeight := ScaleY(170);
    Form.Caption := 'Escale';

    Note := TNewStaticText.Create(Form);
    Note.Parent := Form;
    Note.Left := ScaleX(12);
    Note.Top := ScaleY(12);
    Note.Width := Form.ClientWidth - ScaleX(24);
    Note.AutoSize := False;
    Note.Height := ScaleY(80);
    Note.WordWrap := True;
    Note.Caption := FmtMessage(CustomMessage('DataNote'), [DataDir()]);

    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.Left := ScaleX(12);
    Box.Top := ScaleY(100);
    Box.Width := Form.ClientWidth - ScaleX(24);
    Box.Height := ScaleY(20);
    Box.Caption := CustomMessage('RemoveDataBox');
    Box.Checked := False;

    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Width := ScaleX(90);
    OkButton.Height := ScaleY(24);
    OkButton.Left := Form.ClientWidth - ScaleX(2 * 90 + 2 * 12);
    OkButton.Top := Form.ClientHeight - ScaleY(24 + 12);
    OkButton.Caption := CustomMessage('Continue');
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Width := ScaleX(90);
    CancelButton.Height := ScaleY(24);
    CancelButton.Left := Form.ClientWidth - ScaleX(90 + 12);
    CancelButton.Top := OkButton.Top;
    CancelButton.Caption := CustomMessage('Cancel');
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    Form.ActiveControl := OkButton;
    if Form.ShowModal() = mrOk then
      RemoveDataRequested := Box.Checked
    else
      Result := False;
  finally
    Form.Free();
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and RemoveDataRequested and DirExists(DataDir()) then
    DelTree(DataDir(), True, True, True);
end;
