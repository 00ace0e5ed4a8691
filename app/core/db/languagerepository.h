#pragma once

#include "domain/languageentry.h"
#include "writeresult.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// The languages of the resume, in resume order (sort_order, then id). Writes run in the
// caller's transaction (a store's or an importer's).
class LanguageRepository
{
public:
    explicit LanguageRepository(QSqlDatabase db);

    // nullopt (with *ERROR) when the table cannot be read.
    std::optional<QList<LanguageEntry>> all(QString *error) const;
    // E.id != 0 restores that id (undo of a delete). The result carries the id.
    WriteResult insert(const LanguageEntry &e);
    // Inserts every entry with one prepared statement; the ids in order in *IDS.
    WriteResult insertBatch(const QList<LanguageEntry> &entries, QList<qint64> *ids = nullptr);
    WriteResult update(const LanguageEntry &e);
    WriteResult remove(qint64 id);

    // "German (B2)", or "German" without a fluency.
    static QString displayText(const LanguageEntry &e);

private:
    QSqlDatabase m_db;
};
