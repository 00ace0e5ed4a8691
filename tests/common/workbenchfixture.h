#pragma once

// A temporary workbench for tests of repositories (and, with UiWorkbenchFixture, of stores and
// commands), and a hash of every row of every table: equal hashes mean the file holds the same
// data. Core only: unit tests link cw_core.

#include "db/database.h"
#include "io/newworkbench.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

struct WorkbenchFixture
{
    QTemporaryDir dir;
    int file = 0;
    std::unique_ptr<Database> database;

    // A fresh workbench with the built-in roadmap.
    bool open()
    {
        close();
        database = std::make_unique<Database>();
        if (!dir.isValid()
            || !database->open(dir.filePath(QStringLiteral("workbench%1.sqlite").arg(++file)),
                               NewWorkbench::builtInRoadmap()))
            return false;
        return true;
    }

    void close() { database.reset(); }

    QSqlDatabase db() const { return database->connection(); }

    // Every row of every table (sqlite_sequence included), hashed.
    QByteArray rowHash() const { return rowHashOf(db()); }

    // The same for any connection.
    static QByteArray rowHashOf(const QSqlDatabase &db)
    {
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "ORDER BY name"));
        QCryptographicHash h(QCryptographicHash::Sha256);
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)))
                return {};
            h.addData(table.toUtf8());
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row.append(q.value(i).isNull() ? QStringLiteral("<null>")
                                                   : q.value(i).toString());
                h.addData(row.join(QChar(0x1f)).toUtf8());
            }
        }
        return h.result();
    }

    int count(const QString &table) const
    {
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return q.next() ? q.value(0).toInt() : -1;
    }
};
