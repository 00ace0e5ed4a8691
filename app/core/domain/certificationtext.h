#pragma once

#include "calc/certificationcalendar.h"
#include "calc/roicalculator.h"
#include "domain/certification.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// The words the certification widgets show for ROI states and calendar events, so the table,
// editor, charts and calendar say the same thing (status words: Certification::statusName).
class CertificationText
{
    Q_DECLARE_TR_FUNCTIONS(CertificationText)
public:
    static QString refusal(RoiCalculator::Refusal refusal);
    // The same in a few words, for a table cell (the full text goes in its tooltip).
    static QString refusalShort(RoiCalculator::Refusal refusal);
    // "483.3 %", "free", or the refusal.
    static QString roi(const RoiCalculator::Result &r, const QLocale &locale = QLocale());
    // "6.2 months", "at once", "over 100 years", "no payback", or the refusal.
    static QString payback(const RoiCalculator::Result &r, const QLocale &locale = QLocale());
    static QString date(const QDate &date, const QLocale &locale = QLocale());
    static QString eventKind(CertificationCalendar::Event::Kind kind);
    // "1 year" / "3 years", "1 month" / "36 months".
    static QString years(int n, const QLocale &locale = QLocale());
    static QString months(int n, const QLocale &locale = QLocale());
    // "in 19 days", "tomorrow", "today".
    static QString daysAway(int days);
};
