#pragma once

#include <QLocale>
#include <QPageSize>
#include <QSet>
#include <QString>
#include <QStringList>

// What the user chose for a report: which document, which sections and items, the page size
// and the target role. Stored per workbench (settings key "reports.choices", JSON).
struct ReportOptions
{
    enum class Kind { Portfolio, Resume };

    Kind kind = Kind::Portfolio;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QStringList roleTags; // lower-case, trimmed, no empties
    // Section keys left out (see ReportSection::key); empty = all sections.
    QSet<QString> hiddenSections;
    int minSkillLevel = 3; // skills at or above this level
    bool evidencedSkillsOnly = false;
    bool featuredProjectsOnly = false; // only finished projects (status "done")
    bool earnedCertificationsOnly = true;
    // Items the user switched off one by one (ids); a new project or certification is shown.
    QSet<qint64> excludedProjects;
    QSet<qint64> excludedCertifications;
    QLocale locale; // numbers and dates in the document

    bool shows(const QString &section) const { return !hiddenSections.contains(section); }

    // "LLM, retrieval , MLOps" -> {"llm", "retrieval", "mlops"}
    static QStringList parseTags(const QString &text);
    // Letter where the locale's territory uses it (US, Canada, Mexico, Chile ...), else A4.
    static QPageSize::PageSizeId defaultPageSize(const QLocale &locale);
    static QString kindKey(Kind kind);
    static bool kindFromKey(const QString &key, Kind *kind);

    QByteArray toJson() const;
    // Reads JSON written by toJson(); unknown or bad values keep their defaults.
    static ReportOptions fromJson(const QByteArray &json, const QLocale &locale);
};
