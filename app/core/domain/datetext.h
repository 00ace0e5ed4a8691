#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

// Dates as the user reads them: the locale's short form, with the year always in four digits.
// Many locales' short form has a two-digit year (German "06.01.27"), which reads as 2027 or
// 1927 and, in a date edit, cannot show a year outside the century.
namespace DateText {

// The locale's short date format with "yy" widened to "yyyy"; for QDateEdit::setDisplayFormat.
QString shortFormat(const QLocale &locale = QLocale());
// DATE in that format; empty for an invalid date.
QString shortDate(const QDate &date, const QLocale &locale = QLocale());
// DATE and TIME as the locale writes them short ("17.11.2026 15:30"), the year in four digits;
// empty for an invalid date.
QString shortDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());

} // namespace DateText
