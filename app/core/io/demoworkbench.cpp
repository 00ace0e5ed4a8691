#include "demoworkbench.h"
bool DemoWorkbench::create(const QString &, QString *error, const QDate &)
{
    *error = QStringLiteral("not yet");
    return false;
}
