#pragma once

#include <QObject>

// Tab leaves every list and text field of every dialog of the app on the next press (issue
// #13, item 6), as on the pages (Page): when one of the app's own dialogs (an editor, the
// catalogue, an import preview, Chart Data as Table) is shown, FocusOrder::letTabLeave() is
// applied to it, so that a table walks its cells with the arrow keys and Tab moves on. (The
// order itself each dialog sets where it builds its form: a whole-dialog FocusOrder::chain()
// made Qt 6.4 loop between the buttons of a QDialogButtonBox.) Qt's own dialogs (message
// boxes, file pickers) are left alone.
class DialogTabOrder : public QObject
{
    Q_OBJECT
public:
    // Watches every dialog the application shows, for as long as OWNER lives.
    static void install(QObject *owner);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit DialogTabOrder(QObject *owner);
};
