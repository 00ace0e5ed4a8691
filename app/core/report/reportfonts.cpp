#include "reportfonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

QString ReportFonts::family()
{
    return u"Career Workbench Sans"_s;
}

QStringList ReportFonts::families()
{
    return {family(), u"Noto Sans"_s, u"DejaVu Sans"_s, u"Arial"_s};
}

QFont ReportFonts::font(const QFont &base)
{
    ensureLoaded();
    QFont font = base;
    font.setFamilies(families());
    return font;
}

bool ReportFonts::ensureLoaded()
{
    // The font database belongs to the GUI application; a core or test process without one
    // keeps the system fonts. Asked again once there is one.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    // A function-local static is initialized once, and other threads wait for it.
    static const bool loaded = [] {
        bool ok = true;
        for (const auto *style : {"Regular", "Bold", "Italic", "BoldItalic"}) {
            QFile file(u":/fonts/report/CareerWorkbenchSans-%1.ttf"_s.arg(QLatin1String(style)));
            const int id = file.open(QIODevice::ReadOnly)
                ? QFontDatabase::addApplicationFontFromData(file.readAll())
                : -1;
            if (id < 0) {
                qWarning("Report font %s could not be loaded: the system's fonts print instead",
                         style);
                ok = false;
            }
        }
        return ok;
    }();
    return loaded;
}
