#pragma once

#include "domain/educationentry.h"
#include "entrytable.h"
#include "writeresult.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// Education, in resume order (sort_order, then id). Writes run in the caller's
// transaction (a store's or an importer's); insertBatch() prepares its statement once.
// The SQL is EntryTable's, shared with the other resume lists.
class EducationRepository
{
public:
    explicit EducationRepository(QSqlDatabase db);

    // nullopt (with *ERROR) when the table cannot be read.
    std::optional<QList<EducationEntry>> all(QString *error = nullptr) const;
    std::optional<EducationEntry> find(qint64 id, QString *error = nullptr) const;
    // E.id != 0 restores that id (undo of a delete). The result carries the id.
    WriteResult insert(const EducationEntry &e);
    // Inserts every entry with one prepared statement; the ids in order in *IDS.
    WriteResult insertBatch(const QList<EducationEntry> &entries, QList<qint64> *ids = nullptr);
    WriteResult update(const EducationEntry &e);
    WriteResult remove(qint64 id);

private:
    EntryTable<EducationEntry> m_table;
};
