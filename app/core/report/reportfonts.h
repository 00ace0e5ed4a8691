#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

// The font the printed reports use: Career Workbench Sans, a copy of Noto Sans for Latin,
// Greek and Cyrillic text without TrueType hinting (fonts/README.md says why), compiled into
// the core library. Other scripts fall back to the system's fonts.
class ReportFonts
{
public:
    // "Career Workbench Sans".
    static QString family();
    // The report's family list: ours first, then system fonts of the same design and the
    // usual sans-serif ones.
    static QStringList families();
    // A font of the report's families (BASE's size, weight and style kept). Loads them first.
    static QFont font(const QFont &base = QFont());
    // Registers the faces with the font database, once per process; safe from any thread.
    // Without a QGuiApplication there is no font database: returns false and the system's
    // fonts print instead (true once loaded).
    static bool ensureLoaded();
};
