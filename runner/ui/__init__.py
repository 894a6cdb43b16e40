"""The Qt layer: windows and widgets that render engine snapshots and forward the host's intent."""
