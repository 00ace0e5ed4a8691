#pragma once

#include "reportdata.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

// The words and numbers the report builders share: dates, ranges, metric lines, statuses.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
public:
    static QString monthYear(const QDate &date, const QLocale &locale);
    static QString day(const QDate &date, const QLocale &locale);
    // "Mar 2024 – Jun 2025", "Mar 2024 – present", "" when neither is set.
    static QString range(const QDate &from, const QDate &to, const QLocale &locale);
    static QString number(double value, const QLocale &locale);
    // "F1 score: 0.71 to 0.86 (21 % better)", in words: the PDF's text font has no arrow glyph
    static QString impactLine(const ReportData::Metric &metric, const QLocale &locale);
    static QString projectStatus(const QString &key);
    static QString certificationStatus(Certification::Status status);
    static QString interviewFormat(const QString &key);
    static QString interviewKind(const QString &key);
    // "12 %" in the locale's format.
    static QString percent(double value, const QLocale &locale, int decimals = 0);
    // The writing direction of LANGUAGE (BCP 47; left to right when empty): a document's
    // paragraphs run in it, whatever script the user's text is in.
    static Qt::LayoutDirection direction(const QString &language);
};
