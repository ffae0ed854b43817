@echo off
rem chibo-xl for Windows: double-click this file. It finds Python 3.11 or later, downloads
rem chibo-xl with its pinned xlwings (pip wheel), installs them (pip install), makes a workbook
rem with the button in Documents\chi-bo, checks that the workbook and its launcher exist, and
rem opens the folder. Every failure has its own message and exit code (see :codes below), and
rem everything it ran and printed goes to cai-dat-nhat-ky.txt beside it.
rem Only ASCII above the chcp line: the console switches to UTF-8 (65001) there.
rem Blocks in parentheses are avoided on purpose (a "(" or ")" in a message would end them).
rem A step's %errorlevel% is compared as text: a crash gives a negative one (-1073741819),
rem which "if errorlevel 1" does not catch.
rem :codes 0 done, 10 no Python, 11 Python too old, 12 Microsoft Store stub, 13 run inside a
rem ZIP, 14 pip could not download, 15 pip could not install, 16 a step crashed, 17 the
rem workbook was not made, 18 the workbook or its launcher is missing afterwards.
setlocal EnableExtensions DisableDelayedExpansion
chcp 65001 >nul
set "PYTHONUTF8=1"
set "PIP_DISABLE_PIP_VERSION_CHECK=1"
set "HERE=%~dp0"
set "LOG=%HERE%cai-dat-nhat-ky.txt"
echo.>>"%LOG%" 2>nul
if not exist "%LOG%" set "LOG=%TEMP%\cai-dat-nhat-ky.txt"
set "TMPF=%TEMP%\chibo-xl-cai-dat-%RANDOM%.txt"
>>"%LOG%" echo ==== cai-dat.cmd, %DATE% %TIME% ====
>>"%LOG%" echo Thư mục: "%HERE%"
title Cài đặt chibo-xl
echo.
call :say "CÀI ĐẶT CHIBO-XL: một sổ Excel, đủ mọi văn bản của chi bộ"
call :say "========================================================="
echo.
if not "%HERE:.zip\=%"=="%HERE%" goto inzip
if not exist "%HERE%pyproject.toml" goto inzip
if not exist "%HERE%chibo_xl\" goto inzip

call :say "Bước 1/3: tìm Python 3.11 trở lên trên máy..."
set "PYEXE="
set "OLDVER="
set "STUB="
set "CRASH="
call :probe py -3
if not defined PYEXE call :probe python
if defined PYEXE goto found
if defined OLDVER goto tooold
if defined CRASH goto probecrashed
if defined STUB goto storestub
if exist "%LOCALAPPDATA%\Microsoft\WindowsApps\python.exe" goto storestub
goto nopython

:found
call :sayq "Đã có Python %PYVER%:" "%PYEXE%"
echo.
call :say "Bước 2/3: tải chibo-xl và các gói cần thiết, có xlwings 0.37.8. Cần mạng Internet, mất vài phút..."
set "STEP=2/3 (tải)"
set "WHEELS=%TEMP%\chibo-xl-goi"
if exist "%WHEELS%\" rmdir /s /q "%WHEELS%"
>>"%LOG%" echo [chạy] "%PYEXE%" -m pip wheel --wheel-dir "%WHEELS%" "%HERE%."
"%PYEXE%" -m pip wheel --log "%LOG%" --wheel-dir "%WHEELS%" "%HERE%."
set "RC=%errorlevel%"
>>"%LOG%" echo [mã thoát] %RC%
if "%RC:~0,1%"=="-" goto crashed
if not "%RC%"=="0" goto downloadfailed
call :say "Bước 2/3: cài chibo-xl từ các gói vừa tải..."
set "STEP=2/3 (cài)"
>>"%LOG%" echo [chạy] "%PYEXE%" -m pip install --no-index --find-links "%WHEELS%" --force-reinstall chibo-xl
"%PYEXE%" -m pip install --log "%LOG%" --no-index --find-links "%WHEELS%" --force-reinstall chibo-xl
set "RC=%errorlevel%"
>>"%LOG%" echo [mã thoát] %RC%
if "%RC:~0,1%"=="-" goto crashed
if not "%RC%"=="0" goto installfailed
echo.
call :say "Bước 3/3: tạo sổ chi bộ trong thư mục Documents..."
set "STEP=3/3 (tạo sổ)"
"%PYEXE%" -c "from chibo_xl.excel import documents_dir; print(documents_dir())" >"%TMPF%" 2>>"%LOG%"
set "RC=%errorlevel%"
if "%RC:~0,1%"=="-" goto crashed
if not "%RC%"=="0" goto initfailed
set "DOCS="
set /p "DOCS=" <"%TMPF%"
if not defined DOCS set "DOCS=%USERPROFILE%\Documents"
"%PYEXE%" -c "import datetime; print(datetime.date.today().year)" >"%TMPF%" 2>>"%LOG%"
set "YEAR="
set /p "YEAR=" <"%TMPF%"
set "FOLDER=%DOCS%\chi-bo"
set "BOOK=%FOLDER%\so-chi-bo-%YEAR%.xlsm"
set "LAUNCH=%FOLDER%\Tao bao cao - so-chi-bo-%YEAR%.cmd"
if not exist "%FOLDER%\" mkdir "%FOLDER%" 2>>"%LOG%"
if exist "%BOOK%" goto keep
>>"%LOG%" echo [chạy] "%PYEXE%" -m chibo_xl.cli init "%BOOK%"
"%PYEXE%" -m chibo_xl.cli init "%BOOK%" >"%TMPF%" 2>&1
set "RC=%errorlevel%"
type "%TMPF%"
type "%TMPF%" >>"%LOG%"
>>"%LOG%" echo [mã thoát] %RC%
if "%RC:~0,1%"=="-" goto crashed
if not "%RC%"=="0" goto initfailed
goto verify

:keep
call :sayq "Sổ đã có, giữ nguyên, không ghi đè:" "%BOOK%"
if exist "%LAUNCH%" goto verify
"%PYEXE%" -c "import sys; from chibo_xl.workbook.macro import write_launcher; write_launcher(sys.argv[1])" "%BOOK%" 2>>"%LOG%"
set "RC=%errorlevel%"
if "%RC:~0,1%"=="-" goto crashed

:verify
if not exist "%BOOK%" goto missing
if not exist "%LAUNCH%" goto missing
echo.
call :sayq "XONG. Thư mục sẽ mở ra:" "%FOLDER%"
call :say "- Mở sổ .xlsm bằng Excel, bấm Enable Content trên thanh vàng, nhập dữ liệu."
call :say "- Bấm nút «Tạo báo cáo» ở trang «Hướng dẫn»: các văn bản Word nằm cạnh sổ."
call :say "- Excel chặn macro? Lưu sổ rồi bấm đúp tệp «Tao bao cao - ....cmd» cạnh sổ."
del "%TMPF%" 2>nul
start "" explorer "%FOLDER%"
pause
exit /b 0

:inzip
echo.
call :say "CHƯA GIẢI NÉN: cai-dat.cmd đang chạy ngay trong tệp .zip, thiếu các tệp đi kèm."
call :say "Đóng cửa sổ này. Nhấp phải vào tệp .zip vừa tải, chọn Extract All - Giải nén tất cả,"
call :say "bấm Extract, rồi bấm đúp cai-dat.cmd trong thư mục vừa giải nén."
set "CODE=13"
goto failed

:nopython
echo.
call :say "CHƯA CÓ PYTHON TRÊN MÁY. chibo-xl cần Python 3.11 trở lên."
call :say "Cách dễ nhất: dùng bản chibo-xl-windows-x64.zip, không cần cài Python, xem Bước 1 của README."
call :say "Hoặc cài Python: trang tải Python sẽ mở ra. Tải bản Windows 64-bit mới nhất, chạy tệp cài đặt,"
call :say "ĐÁNH DẤU Ô «Add python.exe to PATH» trước khi bấm Install Now, rồi bấm đúp lại cai-dat.cmd."
start "" "https://www.python.org/downloads/windows/"
set "CODE=10"
goto failed

:tooold
echo.
call :say "PYTHON TRÊN MÁY LÀ BẢN %OLDVER%, QUÁ CŨ: chibo-xl cần Python 3.11 trở lên."
call :say "Trang tải Python sẽ mở ra. Cài thêm bản Windows 64-bit mới nhất, bản cũ để nguyên cũng được,"
call :say "ĐÁNH DẤU Ô «Add python.exe to PATH» trước khi bấm Install Now, rồi bấm đúp lại cai-dat.cmd."
call :say "Không cài được Python? Dùng bản chibo-xl-windows-x64.zip, xem Bước 1 của README."
start "" "https://www.python.org/downloads/windows/"
set "CODE=11"
goto failed

:storestub
echo.
call :say "LỆNH python TRÊN MÁY CHỈ LÀ LỐI TẮT TỚI MICROSOFT STORE, CHƯA PHẢI PYTHON."
call :say "Cài Python 3.11 trở lên từ python.org: trang tải sẽ mở ra. Chạy tệp cài đặt, ĐÁNH DẤU Ô"
call :say "«Add python.exe to PATH», bấm Install Now, rồi bấm đúp lại cai-dat.cmd."
call :say "Vẫn báo vậy: Settings - Apps - Advanced app settings - App execution aliases, tắt python.exe."
start "" "https://www.python.org/downloads/windows/"
set "CODE=12"
goto failed

:downloadfailed
echo.
call :say "KHÔNG TẢI ĐƯỢC CHIBO-XL VÀ CÁC GÓI CẦN THIẾT: pip báo lỗi khi tải, xem các dòng phía trên."
call :say "Thường do máy chưa vào được mạng Internet, mạng của trường cần proxy, hoặc tường lửa chặn."
call :say "Kiểm tra mạng rồi bấm đúp lại cai-dat.cmd. Không có mạng: dùng bản chibo-xl-windows-x64.zip."
set "CODE=14"
goto failed

:installfailed
echo.
call :say "ĐÃ TẢI ĐỦ NHƯNG KHÔNG CÀI ĐƯỢC: pip báo lỗi khi cài, xem các dòng phía trên."
call :say "Thường do phần mềm diệt virus khóa hoặc xóa tệp, hoặc không được ghi vào thư mục của Python."
call :say "Đóng Excel, cho phép thư mục của Python trong phần mềm diệt virus, rồi bấm đúp lại cai-dat.cmd."
set "CODE=15"
goto failed

:probecrashed
set "RC=%CRASH%"
set "STEP=1/3 (tìm Python)"
:crashed
echo.
call :say "BƯỚC %STEP% BỊ DỪNG ĐỘT NGỘT: Python thoát bất thường, mã %RC%. Chưa cài xong."
call :say "Thường do phần mềm diệt virus chặn Python, hoặc máy thiếu Microsoft Visual C++ Redistributable."
call :say "Cho phép Python trong phần mềm diệt virus rồi bấm đúp lại cai-dat.cmd."
set "CODE=16"
goto failed

:initfailed
echo.
call :say "ĐÃ CÀI CHIBO-XL NHƯNG CHƯA TẠO ĐƯỢC SỔ: đọc thông báo phía trên."
call :say "Có thể mở cửa sổ lệnh và gõ: chibo-xl init so-chi-bo.xlsm"
set "CODE=17"
goto failed

:missing
echo.
call :say "CHƯA XONG: không thấy sổ hoặc tệp «Tao bao cao - ....cmd» cạnh sổ sau khi tạo."
call :sayq "Thư mục:" "%FOLDER%"
set "CODE=18"
goto failed

:failed
call :sayq "Nhật ký cài đặt, gửi tệp này cho người hỗ trợ:" "%LOG%"
call :say "Xem mục «Khi có trục trặc» của README."
>>"%LOG%" echo [kết thúc] mã %CODE%
del "%TMPF%" 2>nul
pause
exit /b %CODE%

:probe
rem One way to run Python (py -3, python): its version and path, or why not.
>>"%LOG%" echo [chạy] %* -c "import sys; print(...)"
call %* -c "import sys; print(*sys.version_info[:2], sys.version.split()[0], sys.executable, sep='|')" >"%TMPF%" 2>&1
set "RC=%errorlevel%"
type "%TMPF%" >>"%LOG%"
>>"%LOG%" echo [mã thoát] %RC%
call :isstub
if "%RC:~0,1%"=="-" set "CRASH=%RC%"
if not "%RC%"=="0" exit /b 0
set "PYMAJ="
set "PYMIN="
for /f "usebackq tokens=1-4 delims=|" %%A in ("%TMPF%") do call :version "%%A" "%%B" "%%C" "%%D"
exit /b 0

:isstub
rem The Store stub says "... install from the Microsoft Store ...". Delayed expansion reads the
rem line whatever it holds (quotes, pipes); findstr is not used: Wine's always says found.
setlocal EnableDelayedExpansion
set "LINE="
set /p "LINE=" <"%TMPF%"
set "HIT="
if not "!LINE:Microsoft Store=!"=="!LINE!" set "HIT=1"
if not "!LINE:WindowsApps=!"=="!LINE!" set "HIT=1"
endlocal & if "%HIT%"=="1" set "STUB=1"
exit /b 0

:version
if "%~4"=="" exit /b 0
if %~1 LSS 3 set "OLDVER=%~3"
if %~1 LSS 3 exit /b 0
if %~1 EQU 3 if %~2 LSS 11 set "OLDVER=%~3"
if %~1 EQU 3 if %~2 LSS 11 exit /b 0
set "PYVER=%~3"
set "PYEXE=%~4"
exit /b 0

:say
echo  %~1
>>"%LOG%" echo  %~1
exit /b 0

:sayq
echo  %~1 "%~2"
>>"%LOG%" echo  %~1 "%~2"
exit /b 0
