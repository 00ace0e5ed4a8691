#pragma once

#include <QDateTime>
#include <QString>

// A job posting the user keeps in the workbench: pasted text, or the content of a JSON Resume
// job file (job-schema.json), with the title and company shown for it, when it was added, and
// the application made for it (0: none). What it asks for is read from CONTENT each time it is
// matched (calc/jobmatcher.h), so a better matcher or new aliases apply to old postings too.
struct JobPostingEntry
{
    enum class Format { Text, Json };

    static constexpr int MaxTitleLength = 200;
    static constexpr int MaxCompanyLength = 200;
    static constexpr int MaxContentBytes = 4 * 1024 * 1024;

    qint64 id = 0;
    QString title;
    QString company;
    Format format = Format::Text;
    QString content;
    QDateTime addedAt; // local time; null: now, when inserted
    qint64 applicationId = 0;

    static QString formatKey(Format format);
    static bool formatFromKey(const QString &key, Format *format);

    bool operator==(const JobPostingEntry &o) const
    {
        return id == o.id && title == o.title && company == o.company && format == o.format
            && content == o.content && addedAt == o.addedAt && applicationId == o.applicationId;
    }
};
