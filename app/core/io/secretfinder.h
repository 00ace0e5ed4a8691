#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Finds likely secrets and absolute paths in the bytes of one file, line by line, and masks
// secrets in any text before it is shown. Cheap byte searches pick the candidate lines; only
// those are matched with regular expressions, so a large tree scans at near read speed.
namespace SecretFinder {

struct Finding
{
    int line = 0; // 1-based
    QString text; // the line, trimmed, shortened, with every secret masked
};

// What to look for in a file.
enum Check : unsigned {
    Tokens = 0x1, // AWS key ids, private key blocks, GitHub/Slack/OpenAI-style tokens
    Assignments = 0x2, // password/secret/API key assigned to a string literal (code, config)
    AbsolutePaths = 0x4, // /home/..., /Users/..., C:\... (code and notebooks)
};

struct Findings
{
    QList<Finding> secrets;
    QList<Finding> absolutePaths;
};

Findings scan(const QByteArray &data, unsigned checks);

// TEXT with every secret replaced by its first characters and asterisks ("AKIA********",
// password = "********"), trimmed and cut to MAXLENGTH characters.
QString masked(const QString &text, int maxLength = 160);

} // namespace SecretFinder
