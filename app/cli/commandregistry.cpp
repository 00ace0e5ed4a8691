#include "commandregistry.h"

std::vector<std::unique_ptr<CliCommand>> CommandRegistry::all()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(makeCheckCommand());
    commands.push_back(makeCreateCommand());
    commands.push_back(makeCreateDemoCommand());
    commands.push_back(makeScanRepoCommand());
    commands.push_back(makeExportIcsCommand());
    commands.push_back(makeImportCsvCommand());
    commands.push_back(makeExportCsvCommand());
    commands.push_back(makeExportPdfCommand());
    commands.push_back(makeExportHtmlCommand());
    commands.push_back(makeExportMarkdownCommand());
    commands.push_back(makeMatchJobCommand());
    commands.push_back(makeExportJsonResumeCommand());
    commands.push_back(makeImportJsonResumeCommand());
    commands.push_back(makeExportBackupCommand());
    commands.push_back(makeImportBackupCommand());
    return commands;
}
