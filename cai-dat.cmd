@echo off
rem chibo-xl for Windows: double-click this file. It finds Python, installs chibo-xl with its
rem pinned xlwings (pip), makes a workbook with the button in Documents\chi-bo and opens it.
rem Only ASCII above the chcp line: the console switches to UTF-8 (65001) there.
rem Blocks in parentheses are avoided on purpose (a "(" or ")" in a message would end them).
setlocal EnableExtensions DisableDelayedExpansion
chcp 65001 >nul
set "PYTHONUTF8=1"
set "HERE=%~dp0"
title Cài đặt chibo-xl
echo.
echo  CÀI ĐẶT CHIBO-XL: một sổ Excel, đủ mọi văn bản của chi bộ
echo  =========================================================
echo.
echo  Bước 1/3: tìm Python trên máy...
set "PY="
py -3 -c "import sys; sys.exit(sys.version_info < (3, 10))" >nul 2>nul
if not errorlevel 1 set "PY=py -3"
if defined PY goto found
python -c "import sys; sys.exit(sys.version_info < (3, 10))" >nul 2>nul
if not errorlevel 1 set "PY=python"
if defined PY goto found
goto nopython

:found
echo  Đã có Python:
%PY% --version
echo.
echo  Bước 2/3: cài chibo-xl và xlwings 0.37.8. Cần mạng Internet, mất vài phút...
%PY% -m pip install --disable-pip-version-check "%HERE%."
if errorlevel 1 goto pipfailed
echo.
echo  Bước 3/3: tạo sổ chi bộ trong thư mục Documents...
set "DOCS="
for /f "usebackq delims=" %%D in (`%PY% -c "from chibo_xl.excel import documents_dir; print(documents_dir())"`) do set "DOCS=%%D"
if not defined DOCS set "DOCS=%USERPROFILE%\Documents"
set "FOLDER=%DOCS%\chi-bo"
set "YEAR="
for /f "usebackq delims=" %%Y in (`%PY% -c "import datetime; print(datetime.date.today().year)"`) do set "YEAR=%%Y"
set "BOOK=%FOLDER%\so-chi-bo-%YEAR%.xlsm"
if not exist "%FOLDER%\" mkdir "%FOLDER%"
if exist "%BOOK%" goto keep
%PY% -m chibo_xl.cli init "%BOOK%"
if errorlevel 1 goto initfailed
goto done

:keep
echo  Sổ "%BOOK%" đã có: giữ nguyên, không ghi đè.

:done
echo.
echo  XONG. Thư mục "%FOLDER%" sẽ mở ra.
echo  - Mở sổ .xlsm bằng Excel, bấm Enable Content trên thanh vàng, nhập dữ liệu.
echo  - Bấm nút «Tạo báo cáo» ở trang «Hướng dẫn»: các văn bản Word nằm cạnh sổ.
echo  - Excel chặn macro? Lưu sổ rồi bấm đúp tệp «Tao bao cao - ....cmd» cạnh sổ.
start "" explorer "%FOLDER%"
pause
exit /b 0

:nopython
echo.
echo  CHƯA CÓ PYTHON 3.10 TRỞ LÊN TRÊN MÁY.
echo  Trang tải Python sẽ mở ra. Tải bản Windows 64-bit, chạy tệp cài đặt và
echo  ĐÁNH DẤU Ô «Add python.exe to PATH» trước khi bấm Install Now.
echo  Cài xong, bấm đúp lại tệp cai-dat.cmd này.
start "" "https://www.python.org/downloads/windows/"
pause
exit /b 1

:pipfailed
echo.
echo  KHÔNG CÀI ĐƯỢC CHIBO-XL. Thường do máy chưa vào được mạng Internet, hoặc
echo  phần mềm diệt virus chặn. Kiểm tra mạng rồi bấm đúp lại cai-dat.cmd.
echo  Đọc các dòng báo lỗi phía trên nếu vẫn không được, và xem mục «Khi có lỗi» của README.
pause
exit /b 1

:initfailed
echo.
echo  ĐÃ CÀI CHIBO-XL NHƯNG CHƯA TẠO ĐƯỢC SỔ. Đọc thông báo phía trên; có thể mở cửa sổ lệnh
echo  và gõ: chibo-xl init so-chi-bo.xlsm
pause
exit /b 1
