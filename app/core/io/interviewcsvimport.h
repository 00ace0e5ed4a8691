#pragma once

#include "csvreader.h"
#include "interviewcsv.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Imports interview sessions from a CSV file, all or nothing: first a preview (every row checked,
// how many are new and how many update a session already there, since the same date, company,
// role and format is the same session), then one transaction that writes them all with
// statements prepared once. A refused or cancelled import leaves the workbench as it was.
// Runs on whatever thread owns DB (the app uses a worker thread with its own connection).
class InterviewCsvImport
{
public:
    struct Preview
    {
        InterviewCsv::Parsed parsed;
        QList<qint64> existingIds; // per row: the session it updates, or 0 for a new one
        int newCount = 0;
        int updateCount = 0;
    };

    // Called every few hundred rows with rows done and the total; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    explicit InterviewCsvImport(QSqlDatabase db);

    // Reads and checks BYTES against the workbench (nothing is written).
    std::optional<Preview> preview(const QByteArray &bytes, QString *error) const;
    // Writes PREVIEW in one transaction; false (and nothing written) on error or cancel.
    [[nodiscard]] bool apply(const Preview &preview, const Progress &progress, QString *error);
    // Reads FILEPATH and imports it (preview, then apply): the headless path.
    [[nodiscard]] bool importFile(const QString &filePath, const Progress &progress,
                                  Preview *summary, QString *error);

    // Writes every session to FILEPATH through QSaveFile; returns how many, or -1.
    static int exportFile(QSqlDatabase db, const QString &filePath, QString *error);

private:
    QSqlDatabase m_db;
};
