#include "dialogtaborder.h"

#include "focusorder.h"

#include <QCoreApplication>
#include <QDialog>
#include <QEvent>
#include <QVariant>
#include <QWizard>

DialogTabOrder::DialogTabOrder(QObject *owner)
    : QObject(owner)
{ }

void DialogTabOrder::install(QObject *owner)
{
    QCoreApplication::instance()->installEventFilter(new DialogTabOrder(owner));
}

static void apply(QDialog *dialog)
{
    FocusOrder::letTabLeave(dialog);
}

bool DialogTabOrder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Show)
        return false;
    auto *dialog = qobject_cast<QDialog *>(watched);
    // The app's own dialogs: Qt's (QMessageBox, QFileDialog ...) keep the order Qt gives them.
    if (!dialog || dialog->metaObject()->className()[0] == 'Q')
        return false;
    apply(dialog);
    // A wizard shows its pages one after another: each page in its turn.
    auto *wizard = qobject_cast<QWizard *>(dialog);
    if (wizard && !wizard->property("cwTabOrderWatched").toBool()) {
        wizard->setProperty("cwTabOrderWatched", true);
        connect(wizard, &QWizard::currentIdChanged, this, [wizard] { apply(wizard); });
    }
    return false;
}
