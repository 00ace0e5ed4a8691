#pragma once

#include "changenotifier.h"
#include "workbenchcontext.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class AreaStore;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

// A page in the main window's page area. The base owns what every page needs:
// - loading: what it shows is read the first time it is shown (never during start-up) and
//   again on reload();
// - its header (one heading style for every page) and its empty state;
// - the areas it watches: a change there reloads it at once when visible, else marks it
//   stale and it reloads when next shown;
// - its own stores: their notices are skipped (the page has applied its own writes) and their
//   failures are shown to the user;
// - its tab order: the order its layouts read in (FocusOrder), set again whenever it is
//   shown or reloaded, so that widgets a page creates later do not come last; and no list or
//   text field on it holds Tab.
class Page : public QWidget
{
    Q_OBJECT
public:
    Page(const WorkbenchContext &context, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    // Loads on first call, later calls do nothing; reload() always reads again.
    void ensureLoaded();
    bool isLoaded() const { return m_loaded; }
    // True when data this page shows changed while it was hidden.
    bool isStale() const { return m_stale; }
    virtual void reload() = 0;
    // Shows item ID of this page's area (a certification, a skill ...). Default: nothing.
    virtual void showItem(qint64 id) { Q_UNUSED(id); }

    // The heading font every page uses (also for a dashboard greeting).
    static QFont headingFont(const QFont &base);

    // The page sits in the main window's scroll area, which takes heightForWidth() as the
    // height the page cannot do without. A layout answers with its preferred height (tables,
    // charts and a wrapped intro at their ease): at 1024x640 Skills, Certifications, Profile
    // and Job Match scrolled with their bottom out of sight. A page answers with its minimum
    // height, so its lists and charts give way first and it scrolls only when that does not
    // fit.
    int heightForWidth(int width) const override;

signals:
    // Text for the status bar.
    void statusMessage(const QString &text);
    // Asks the main window to show the page named PAGENAME (its objectName) and, when ID > 0,
    // that item on it.
    void openRequested(const QString &pageName, qint64 id = 0);

protected:
    // Adds the heading (title()) and, when given, an intro line to LAYOUT; returns the heading.
    QLabel *addHeader(QVBoxLayout *layout, const QString &intro = QString());
    // Reload when any of AREAS changes (by anyone but this page's own stores).
    void watch(ChangeNotifier::Areas areas);
    // STORE belongs to this page: skip its notices, show its failures in a warning.
    void adopt(AreaStore *store);
    // An empty state: TEXT (may hold <b>) centred above BUTTONS. Returns the widget.
    QWidget *createEmptyState(const QString &text, const QList<QPushButton *> &buttons,
                              const QString &objectName = QString());
    // CONTENT in a frameless area that scrolls up and down when the page is shorter than
    // CONTENT needs (a tab of charts or fields that must keep their size), so that the rest
    // of the page still fits a small screen. Returns the area (a QScrollArea, which takes
    // CONTENT).
    static QWidget *scrolling(QWidget *content);
    // A stack of EMPTY and CONTENT; setEmpty() switches between them.
    QStackedWidget *createContentStack(QWidget *empty, QWidget *content);
    void setEmpty(bool empty);

    void showEvent(QShowEvent *event) override;

    WorkbenchContext m_context;

private:
    void applyTabOrder();
    void onChanged(ChangeNotifier::Areas areas, const QObject *origin);

    ChangeNotifier::Areas m_watched;
    QList<QPointer<AreaStore>> m_stores;
    QStackedWidget *m_contentStack = nullptr;
    bool m_loaded = false;
    bool m_stale = false;
};
