#pragma once

#include "clicommand.h"

#include <memory>
#include <vector>

// Every headless command, in the order --help lists them. Adding a command: one .cpp with a
// CliCommand subclass and its make function, one declaration and one line in the .cpp.
namespace CommandRegistry {
std::vector<std::unique_ptr<CliCommand>> all();
}

std::unique_ptr<CliCommand> makeCheckCommand();
std::unique_ptr<CliCommand> makeCreateCommand();
std::unique_ptr<CliCommand> makeCreateDemoCommand();
std::unique_ptr<CliCommand> makeScanRepoCommand();
std::unique_ptr<CliCommand> makeExportIcsCommand();
std::unique_ptr<CliCommand> makeImportCsvCommand();
std::unique_ptr<CliCommand> makeExportCsvCommand();
std::unique_ptr<CliCommand> makeExportPdfCommand();
std::unique_ptr<CliCommand> makeExportHtmlCommand();
std::unique_ptr<CliCommand> makeExportMarkdownCommand();
std::unique_ptr<CliCommand> makeMatchJobCommand();
std::unique_ptr<CliCommand> makeExportJsonResumeCommand();
std::unique_ptr<CliCommand> makeImportJsonResumeCommand();
std::unique_ptr<CliCommand> makeExportBackupCommand();
std::unique_ptr<CliCommand> makeImportBackupCommand();
