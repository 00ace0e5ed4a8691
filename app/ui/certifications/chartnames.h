#pragma once

#include <QString>
#include <QStringList>

class QFontMetrics;

// Names and titles fitted to the room a chart gives them.
namespace ChartNames {
// Cut at the end: certifications of one issuer share the end ("– Associate") more often than
// the start.
QString elided(const QString &name, int max = 30);
// Cuts each name at the end to about `max` characters, but never so that two different names
// read the same ("AWS Certifie…" twice): a name that would clash keeps more of itself, up to
// the whole name. Equal names get a number, since a legend or an axis needs distinct labels.
QStringList distinctlyElided(const QStringList &names, int max);
// A title wider than `room` goes on over as many lines as it needs, broken between words; as
// HTML (lines joined by <br>).
QString wrappedTitle(const QString &title, const QFontMetrics &metrics, int room);
} // namespace ChartNames
