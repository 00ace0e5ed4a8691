#pragma once

// A workbench with known numbers for the report tests: a freshly migrated, empty workbench
// with tests/data/reports/fixture.sql loaded into it, and helpers to read PDFs back with
// poppler's tools.

#include "db/database.h"
#include "db/reportrepository.h"
#include "report/reportdata.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>
#include <optional>

struct ReportFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database = std::make_unique<Database>();
    QString error;

    static QString dataPath(const QString &name)
    {
        return QStringLiteral(CW_TEST_DATA_DIR "/reports/") + name;
    }

    // Opens an empty workbench and loads fixture.sql into it.
    bool open(const QString &name = QStringLiteral("fixture.sqlite"))
    {
        if (!dir.isValid() || !database->open(dir.filePath(name))) {
            error = database->error();
            return false;
        }
        QFile sql(dataPath(QStringLiteral("fixture.sql")));
        if (!sql.open(QIODevice::ReadOnly))
            return false;
        const QString text = QString::fromUtf8(sql.readAll());
        QSqlQuery q(database->connection());
        for (QString statement : text.split(QStringLiteral(";\n"))) {
            QStringList lines;
            for (const QString &line : statement.split(u'\n'))
                if (!line.startsWith(QStringLiteral("--")))
                    lines.append(line);
            statement = lines.join(u'\n').trimmed();
            if (statement.isEmpty())
                continue;
            if (!q.exec(statement)) {
                error = q.lastError().text() + QStringLiteral(" in ") + statement.left(80);
                return false;
            }
        }
        return true;
    }

    // The snapshot the reports read, dated 2025-06-01 so that statuses never drift.
    std::optional<ReportData> data()
    {
        auto d = ReportRepository(database->connection()).load(&error);
        if (d)
            d->today = QDate(2025, 6, 1);
        return d;
    }

    // Runs a poppler tool (pdftotext, pdfinfo, pdffonts) and returns its standard output.
    static QString poppler(const QString &tool, const QStringList &args)
    {
        QProcess p;
        p.start(tool, args);
        if (!p.waitForFinished(60000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    static bool hasPoppler()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
    }
};
