#pragma once

// A temporary workbench seeded with the built-in roadmap, with the context a page needs.

#include "common/changenotifier.h"
#include "common/dialogs.h"
#include "common/workbenchcontext.h"
#include "db/database.h"
#include "io/newworkbench.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

struct SkillsFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database = std::make_unique<Database>();
    QUndoStack undoStack;
    ChangeNotifier notifier;

    bool open(const QString &name = QStringLiteral("workbench.sqlite"),
              const Database::Initializer &init = NewWorkbench::builtInRoadmap())
    {
        Dialogs::setTestMode(true);
        return dir.isValid() && database->open(dir.filePath(name), init);
    }
    WorkbenchContext context() { return {database.get(), &undoStack, &notifier}; }

    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(database->connection());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(database->connection());
        return q.exec(sql);
    }
    qint64 skillId(const QString &name) const
    {
        QSqlQuery q(database->connection());
        q.prepare(QStringLiteral("SELECT id FROM skills WHERE name = ?"));
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    // Every roadmap row that an edit can touch, as text (created_at and updated_at left out: an
    // undo restores the values, not the time of the edit, and a redone add is created anew -
    // comparing times made the test fail whenever a second boundary fell between the two).
    QStringList dump() const
    {
        static const QStringList queries = {
            QStringLiteral(
                "SELECT id, name, description, position FROM roadmap_stages ORDER BY id"),
            QStringLiteral(
                "SELECT id, name, description, position FROM skill_categories ORDER BY id"),
            QStringLiteral("SELECT id, stage_id, category_id, name, description, notes, "
                           "current_level, target_level, priority, status, position "
                           "FROM skills ORDER BY id"),
            QStringLiteral("SELECT * FROM skill_prerequisites ORDER BY 1, 2"),
            QStringLiteral("SELECT * FROM project_skills ORDER BY 1, 2"),
            QStringLiteral("SELECT * FROM certification_skills ORDER BY 1, 2"),
            QStringLiteral("SELECT id, skill_id FROM interview_topics ORDER BY id"),
            QStringLiteral("SELECT * FROM study_sessions ORDER BY id"),
        };
        QStringList rows;
        for (const QString &sql : queries) {
            QSqlQuery q(database->connection());
            if (!q.exec(sql))
                return {QStringLiteral("failed: ") + sql};
            while (q.next()) {
                QStringList fields;
                for (int i = 0; i < q.record().count(); ++i)
                    fields << q.value(i).toString();
                rows << fields.join(QLatin1Char('|'));
            }
            rows << QStringLiteral("--");
        }
        return rows;
    }
};
