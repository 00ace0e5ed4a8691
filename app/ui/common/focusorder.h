#pragma once

#include <QList>

class QWidget;

// Tab order in reading order (issue #13, item 6). Qt's default order is the order in which
// the widgets were created, which on most pages is not the order in which they are read: a
// page creates its models' views first and its toolbar last. The order in which a page lays
// its widgets out is the order in which they are read (toolbar, then content; a list, then
// the form beside it), so a page calls chain({this}) once built, and again after it creates
// widgets anew.
namespace FocusOrder {

// The stops Tab should make inside WIDGET, in reading order: WIDGET itself when it is one
// control (a spin box moves with its edit, a list with its editors), else the controls inside
// it in the order its layout (or splitter) places them: by row and column in a grid or form,
// first to last in a box. A tab widget gives its tab bar, then its pages in tab order; a
// scroll area itself (when it takes focus to scroll), then what it shows.
QList<QWidget *> stopsOf(QWidget *widget);

// Makes Tab go through WIDGETS one after another, each with the stops inside it (stopsOf()).
// Widgets that are null or take no focus at all are left out.
void chain(const QList<QWidget *> &widgets);

// Makes Tab leave every list and text field inside ROOT on the next press, so that no control
// holds Tab: a table walks its cells with the arrow keys, not with Tab (Qt's default for
// tables), and a text field takes Tab to move on rather than typing a tab character.
void letTabLeave(QWidget *root);

} // namespace FocusOrder
