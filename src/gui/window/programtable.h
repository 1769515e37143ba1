// The program table of the window: this launcher's programs (ProcessTableModel), then those of
// the agents it follows (RemoteProgramsModel), under a proxy that sorts and filters them (the
// filter field); the pulse strip's delegate, the header's column menu and the columns'
// first-run widths.
#pragma once

#include <QObject>

class ProcessTableModel;
class QAbstractItemModel;
class QConcatenateTablesProxyModel;
class RemoteHosts;
class RemoteProgramsModel;
class QLineEdit;
class QMenu;
class ProgramSortFilterModel;
class QSortFilterProxyModel;
class QTableView;
class ResourceHistory;
class Supervisor;

class ProgramTable final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramTable)

public:
    /// columnsMenu: gets a toggle per column (View ▸ Columns, and the header's context menu).
    /// hosts: the agents whose programs follow this launcher's (null: none).
    ProgramTable(QTableView *view, QMenu *columnsMenu, QLineEdit *filter, Supervisor *supervisor,
                 const ResourceHistory *resources, RemoteHosts *hosts = nullptr,
                 QObject *parent = nullptr);

    ProcessTableModel *model() const { return m_model; }
    RemoteProgramsModel *remoteModel() const { return m_remoteModel; }
    /// Every host's rows, as the proxy reads them.
    QAbstractItemModel *rows() const;
    QSortFilterProxyModel *proxy() const;

    /// Restores the header's saved state, or the first-run columns when there is none.
    void restoreColumns(const QByteArray &state);
    /// The width the shown columns take, the free text one that stretches last at a readable
    /// width, with the frame and the scroll bar.
    int readableWidth() const;

private:
    void setUpColumnMenu();
    /// The first-run columns: each as wide as its title or its widest likely figure; the
    /// command line hidden (the Details dock shows it), the status stretching last.
    void setDefaultColumns();
    /// The Host column shows once there is another host than this one.
    void updateHostColumn();

    QTableView *m_view;
    QMenu *m_columnsMenu;
    ProcessTableModel *m_model;
    RemoteProgramsModel *m_remoteModel = nullptr;
    QConcatenateTablesProxyModel *m_allRows = nullptr;
    /// The Host column was shown for the other hosts' first rows: the user decides after that.
    bool m_hostColumnShown = false;
    ProgramSortFilterModel *m_proxy;
};
