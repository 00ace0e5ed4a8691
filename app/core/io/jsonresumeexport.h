#pragma once

#include "jsonresume.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The workbench as a JSON Resume: the profile with its links and address, work, education,
// the skills with a level (roadmap order), projects (highlights from their impact lines,
// keywords from the skills they use), earned certifications and languages.
class JsonResumeExport
{
    Q_DECLARE_TR_FUNCTIONS(JsonResumeExport)

public:
    static std::optional<JsonResume> read(QSqlDatabase db, QString *error);
    // Writes the resume to PATH through QSaveFile: a failure leaves an existing file as it was.
    static bool exportTo(QSqlDatabase db, const QString &path, QString *error);
};
