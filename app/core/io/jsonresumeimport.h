#pragma once

#include "jsonresume.h"

#include "db/writeresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Merges a JSON Resume into the workbench, all in ONE transaction: a refused import changes
// nothing. Entries are matched, not duplicated: work by employer and position (then start
// date), education by institution, area and degree, skills, projects and certificates by
// name, languages and profile links by name (all ignoring case), so importing a file twice
// adds nothing the second time and a changed file updates in place. What the workbench has and
// the file does not is kept. Values pass the core validators; a problem names its field
// ("projects[0].url") and nothing is written.
//
// Skills the resume names that the roadmap lacks (in `skills` or a project's `keywords`) are
// added under a stage and category "From your resume", at the level the resume claims and with
// that level as their target, so they do not enter the learn-next ranking as new goals.
class JsonResumeImport
{
    Q_DECLARE_TR_FUNCTIONS(JsonResumeImport)

public:
    enum class Change { Add, Update, Same };
    struct Item
    {
        QString section; // "basics", "work", "education", "skills", "projects",
                         // "certificates", "languages", "profiles"
        QString name; // what the user recognises it by
        Change change = Change::Same;
    };
    // What an import does (preview) or did (after apply).
    struct Summary
    {
        QList<Item> items; // in file order
        int kept = 0; // entries in the workbench the file does not mention: left as they are
        QStringList notes; // fields not kept, values adjusted
        int count(Change change) const;
    };

    explicit JsonResumeImport(QSqlDatabase db);

    // What importing RESUME would add, update and leave; writes nothing.
    WriteResult preview(const JsonResume &resume, Summary *summary);
    // Merges RESUME in one transaction.
    WriteResult apply(const JsonResume &resume, Summary *summary = nullptr);
    // Reads PATH (refusing bad JSON with line and column) and applies it.
    WriteResult importFile(const QString &path, Summary *summary = nullptr);
    // Reads and parses PATH; nullopt with *ERROR ("file: line 3, column 7: ...").
    static std::optional<JsonResume> readFile(const QString &path, QString *error);

private:
    WriteResult run(const JsonResume &resume, bool write, Summary *summary);
    bool basics(const JsonResume &resume);
    bool work(const JsonResume &resume);
    bool education(const JsonResume &resume);
    // Merges one dated list (work, education) through REPOSITORY; HOW says how its entries
    // are named, recognised and filled (jsonresumeimport.cpp).
    template<typename Repository, typename In, typename How>
    bool mergeDated(const QList<In> &list, const How &how);
    bool languages(const JsonResume &resume);
    bool skills(const JsonResume &resume);
    bool projects(const JsonResume &resume);
    bool certificates(const JsonResume &resume);
    // The id of the skill named NAME (ignoring case), adding it at LEVEL when missing (0 in a
    // preview). -1 on failure.
    qint64 skillId(const QString &name, int level, bool *added);
    bool fail(const QString &path, const QString &message);
    bool failWrite(const QString &message);
    void record(const QString &section, const QString &name, Change change);

    QSqlDatabase m_db;
    bool m_write = false;
    Summary m_summary;
    QStringList m_problems;
    QString m_writeError;
    QHash<QString, qint64> m_skillIds; // lower-case name -> id (0: added in a preview)
    qint64 m_stageId = 0; // "From your resume", made on first use
    qint64 m_categoryId = 0;
};
