#pragma once

#include <QString>

// A session format: a built-in word of the schema (coding, system_design ...) or one the user
// added. The key is what files and the database store; the name is what the user reads.
struct InterviewFormat
{
    QString key;
    QString name;
    bool builtIn = false;

    // The translated name of a built-in format, or NAME for a user's own.
    static QString displayName(const QString &key, const QString &name);
    // A key for a format the user names ("Pair debugging" -> "pair_debugging").
    static QString keyFor(const QString &name);
};
